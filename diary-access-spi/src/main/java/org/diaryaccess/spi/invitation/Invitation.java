package org.diaryaccess.spi.invitation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * A legal representative's offer of diary access to a trusted person, for one or more children
 * (R7, R8).
 *
 * @param id minted by the library
 * @param inviter the legal representative who sent it
 * @param invitee the trusted person
 * @param service the service offered
 * @param pupils the children, in id order, without repeats
 * @param sections the sections offered
 * @param endDate the last day of access, if limited
 * @param state where it stands
 * @param sentAt when it was sent
 * @param expiresAt when a pending invitation expires
 * @param answeredAt when it left {@link InvitationState#PENDING}, if it has
 * @param version incremented by every change; stores use it to refuse lost updates
 */
public record Invitation(
    InvitationId id,
    CitizenId inviter,
    CitizenId invitee,
    Service service,
    List<PupilRecordId> pupils,
    Set<DiarySection> sections,
    @Nullable LocalDate endDate,
    InvitationState state,
    Instant sentAt,
    Instant expiresAt,
    @Nullable Instant answeredAt,
    long version) {

  /** Checks the invariants and copies the collections. */
  public Invitation {
    checkNotNull(id, "id");
    checkNotNull(inviter, "inviter");
    checkNotNull(invitee, "invitee");
    checkNotNull(service, "service");
    checkNotNull(state, "state");
    checkNotNull(sentAt, "sentAt");
    checkNotNull(expiresAt, "expiresAt");
    pupils = ImmutableList.sortedCopyOf(Set.copyOf(pupils));
    sections = Sets.immutableEnumSet(sections);
    checkArgument(!pupils.isEmpty(), "an invitation names at least one child");
    checkArgument(!sections.isEmpty(), "an invitation offers at least one section");
    checkArgument(service.sections().containsAll(sections), "sections outside the service");
    checkArgument(expiresAt.isAfter(sentAt), "expiry %s is not after sending %s", expiresAt, sentAt);
    checkArgument(state.isFinal() == (answeredAt != null), "answeredAt is set exactly for final states");
    checkArgument(version >= 0, "version %s is negative", version);
  }

  /**
   * Whether it can still be answered at the given instant: pending and not yet expired.
   *
   * @param now the instant
   * @return {@code true} if pending before {@link #expiresAt()}
   */
  public boolean isOpenAt(Instant now) {
    return state == InvitationState.PENDING && now.isBefore(expiresAt);
  }

  /**
   * This invitation moved to a final state.
   *
   * @param finalState the new state
   * @param at when
   * @return the next version
   */
  public Invitation answered(InvitationState finalState, Instant at) {
    checkArgument(state == InvitationState.PENDING, "only a pending invitation moves on, this one is %s", state);
    checkArgument(finalState.isFinal(), "%s is not final", finalState);
    return new Invitation(id, inviter, invitee, service, pupils, sections, endDate, finalState, sentAt,
        expiresAt, at, version + 1);
  }
}
