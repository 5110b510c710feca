package org.diaryaccess.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/**
 * The invitations the library owns (R7, R8).
 *
 * @since 0.1.0
 */
public interface Invitations {

  /**
   * An invitation by id.
   *
   * @param id the id
   * @return the invitation, or empty
   */
  Optional<Invitation> findById(InvitationId id);

  /**
   * Stores a new invitation.
   *
   * @param invitation version 0
   * @throws IllegalStateException if the id is taken
   */
  void insert(Invitation invitation);

  /**
   * Stores many new invitations, as {@link #insert} one by one would: for loading the
   * invitations a host already holds. A store may send them in batches; call it inside a unit
   * of work to have all or none.
   *
   * @param invitations each at version 0, ids distinct
   * @throws IllegalStateException if an id is taken
   * @since 0.2.0
   */
  default void insertAll(Collection<Invitation> invitations) {
    invitations.forEach(this::insert);
  }

  /**
   * Replaces an invitation by its next version.
   *
   * @param invitation the new version; the stored one must be {@code version - 1}
   * @throws org.diaryaccess.spi.error.TransientStorageException {@code CONCURRENT_UPDATE} if the
   *     stored version is another
   */
  void update(Invitation invitation);

  /**
   * Serialises concurrent sends that involve this inviter or these children until the current
   * unit of work ends, so that limits counted inside it cannot be passed by a racing send. A store
   * whose units of work are already serial may do nothing.
   *
   * @param inviter the inviter
   * @param pupils the children
   */
  void lockForSending(CitizenId inviter, Set<PupilRecordId> pupils);

  /**
   * Pending invitations that name this child.
   *
   * @param pupil the child
   * @return the invitations, in id order
   */
  List<Invitation> pendingFor(PupilRecordId pupil);

  /**
   * How many invitations this citizen sent at or after the instant, whatever became of them.
   *
   * @param inviter the inviter
   * @param since the start of the window
   * @return the count
   */
  int countSentSince(CitizenId inviter, Instant since);

  /**
   * When the invitee declined this inviter's invitations naming this child, at or after the
   * instant: what the decline cooldown (R7) is computed from.
   *
   * @param invitee who declined
   * @param inviter who invited
   * @param pupil the child
   * @param since the start of the window
   * @return the instants of the declines, oldest first
   */
  List<Instant> declinedSince(CitizenId invitee, CitizenId inviter, PupilRecordId pupil, Instant since);

  /**
   * Invitations sent by a citizen, in id order.
   *
   * @param inviter the inviter
   * @param states the states to include, as they stand at {@code asOf} ({@link Invitation#stateAt}: a
   *     pending invitation past its expiry is expired); empty means all
   * @param asOf the instant states are read at
   * @param page the page: {@code after} is the last id of the previous page
   * @return the page, the invitations as stored
   */
  Page<Invitation> sentBy(CitizenId inviter, Set<InvitationState> states, Instant asOf, PageRequest page);

  /**
   * Invitations received by a citizen, in id order.
   *
   * @param invitee the invitee
   * @param states the states to include, as they stand at {@code asOf} ({@link Invitation#stateAt}: a
   *     pending invitation past its expiry is expired); empty means all
   * @param asOf the instant states are read at
   * @param page the page: {@code after} is the last id of the previous page
   * @return the page, the invitations as stored
   */
  Page<Invitation> receivedBy(CitizenId invitee, Set<InvitationState> states, Instant asOf, PageRequest page);

  /**
   * Pending invitations whose expiry is at or before the instant, for housekeeping.
   *
   * @param now the instant
   * @param limit at most this many
   * @return the invitations, in id order
   */
  List<Invitation> pendingExpiredAt(Instant now, int limit);
}
