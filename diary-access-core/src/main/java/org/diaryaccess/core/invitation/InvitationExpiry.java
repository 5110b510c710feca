package org.diaryaccess.core.invitation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.core.support.Change;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;

/**
 * R8, housekeeping's part: pending invitations past their lifetime become expired and each
 * inviter is told. Reads already treat such an invitation as closed; this records it.
 *
 * @since 0.1.0
 */
public final class InvitationExpiry {
  /** Invitations read per batch. */
  static final int BATCH = 200;

  private final Commands commands;
  private final UnitOfWork unitOfWork;
  private final Invitations invitations;
  private final Clock clock;

  /**
   * Creates it with what it uses.
   *
   * @param commands how each expiry is committed
   * @param unitOfWork where the due ones are read
   * @param invitations where they are
   * @param clock when is now
   */
  @SuppressWarnings("exports") // only DiaryAccess wires it; Commands stays inside the module
  public InvitationExpiry(Commands commands, UnitOfWork unitOfWork, Invitations invitations, Clock clock) {
    this.commands = checkNotNull(commands, "commands");
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.invitations = checkNotNull(invitations, "invitations");
    this.clock = checkNotNull(clock, "clock");
  }

  /**
   * Expires every invitation due now, each in its own unit of work.
   *
   * @return how many expired
   */
  public int expireDue() {
    int count = 0;
    while (true) {
      Instant now = clock.instant();
      List<Invitation> due = unitOfWork.read(() -> invitations.pendingExpiredAt(now, BATCH));
      int before = count;
      for (Invitation candidate : due) {
        if (commands.sweep(AuditAction.EXPIRE, at -> expire(candidate.id(), at)).isPresent()) {
          count++;
        }
      }
      if (due.size() < BATCH || count == before) {
        return count;
      }
    }
  }

  /** Re-reads the invitation: another instance may have moved it on meanwhile. */
  private Optional<Change<Invitation>> expire(InvitationId id, Instant now) {
    return invitations.findById(id)
        .filter(invitation -> invitation.isExpiredAt(now))
        .map(invitation -> invitation.expire(now))
        .map(expired -> Change.of(expired, expired.invitee())
            .notifying(Topic.INVITATION_EXPIRED, expired.inviter()));
  }
}
