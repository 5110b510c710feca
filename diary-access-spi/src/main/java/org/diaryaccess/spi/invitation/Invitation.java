package org.diaryaccess.spi.invitation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
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
 * @since 0.1.0
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

  /**
   * Checks the invariants and copies the collections.
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
   * A new invitation, pending until it is answered or its lifetime runs out (R7 step 5).
   *
   * @param id minted by the library
   * @param inviter the legal representative who sends it
   * @param invitee the trusted person
   * @param service the service offered
   * @param pupils the children
   * @param sections the sections offered
   * @param endDate the last day of access, or {@code null} if unlimited
   * @param sentAt when it is sent
   * @param lifetime how long it stays pending
   * @return version 0, {@link InvitationState#PENDING}
   */
  public static Invitation pending(InvitationId id, CitizenId inviter, CitizenId invitee, Service service,
      List<PupilRecordId> pupils, Set<DiarySection> sections, @Nullable LocalDate endDate, Instant sentAt,
      Duration lifetime) {
    return new Invitation(id, inviter, invitee, service, pupils, sections, endDate, InvitationState.PENDING, sentAt,
        sentAt.plus(lifetime), null, 0);
  }

  /**
   * Whether it can still be answered at the given instant: pending and not yet expired. The one
   * definition of an open invitation; every transition below asks it.
   *
   * @param now the instant
   * @return {@code true} if pending before {@link #expiresAt()}
   */
  public boolean isOpenAt(Instant now) {
    return state == InvitationState.PENDING && now.isBefore(expiresAt);
  }

  /**
   * Whether it is still pending although its lifetime ran out: due to {@link #expire}.
   *
   * @param now the instant
   * @return {@code true} if pending at or after {@link #expiresAt()}
   */
  public boolean isExpiredAt(Instant now) {
    return state == InvitationState.PENDING && !now.isBefore(expiresAt);
  }

  /**
   * The invitation as it stands at an instant: a pending one past its expiry reads as
   * {@link InvitationState#EXPIRED}, answered at its expiry, as a decision would see it and as
   * housekeeping will record it. Every other invitation reads as stored.
   *
   * @param now the instant
   * @return this invitation, or its expired reading
   */
  public Invitation asOf(Instant now) {
    return isExpiredAt(now) ? new Invitation(id, inviter, invitee, service, pupils, sections, endDate,
        InvitationState.EXPIRED, sentAt, expiresAt, expiresAt, version) : this;
  }

  /**
   * Its state as it stands at an instant: {@link #asOf}'s state.
   *
   * @param now the instant
   * @return the state
   */
  public InvitationState stateAt(Instant now) {
    return isExpiredAt(now) ? InvitationState.EXPIRED : state;
  }

  /**
   * The trusted person accepts (R8).
   *
   * @param at when
   * @return the next version, {@link InvitationState#ACCEPTED}
   * @throws RefusedException {@code INVITATION_NOT_PENDING} or {@code INVITATION_EXPIRED}
   */
  public Invitation accept(Instant at) {
    return answered(InvitationState.ACCEPTED, at);
  }

  /**
   * The trusted person declines (R8).
   *
   * @param at when
   * @return the next version, {@link InvitationState#DECLINED}
   * @throws RefusedException {@code INVITATION_NOT_PENDING} or {@code INVITATION_EXPIRED}
   */
  public Invitation decline(Instant at) {
    return answered(InvitationState.DECLINED, at);
  }

  /**
   * The inviter withdraws it (R8).
   *
   * @param at when
   * @return the next version, {@link InvitationState#CANCELLED}
   * @throws RefusedException {@code INVITATION_NOT_PENDING} or {@code INVITATION_EXPIRED}
   */
  public Invitation cancel(Instant at) {
    return answered(InvitationState.CANCELLED, at);
  }

  /**
   * Its lifetime ran out unanswered (R8).
   *
   * @param at when, at or after {@link #expiresAt()}
   * @return the next version, {@link InvitationState#EXPIRED}
   * @throws RefusedException {@code INVITATION_NOT_PENDING} if it was answered meanwhile
   * @throws IllegalArgumentException if its lifetime has not run out at {@code at}
   */
  public Invitation expire(Instant at) {
    if (state != InvitationState.PENDING) {
      throw RefusedException.because(ReasonCode.INVITATION_NOT_PENDING);
    }
    checkArgument(isExpiredAt(at), "invitation expires at %s, not yet at %s", expiresAt, at);
    return moved(InvitationState.EXPIRED, at);
  }

  private Invitation answered(InvitationState answer, Instant at) {
    if (state != InvitationState.PENDING) {
      throw RefusedException.because(ReasonCode.INVITATION_NOT_PENDING);
    }
    if (!isOpenAt(at)) {
      throw RefusedException.because(ReasonCode.INVITATION_EXPIRED);
    }
    return moved(answer, at);
  }

  private Invitation moved(InvitationState finalState, Instant at) {
    return new Invitation(id, inviter, invitee, service, pupils, sections, endDate, finalState, sentAt,
        expiresAt, at, version + 1);
  }
}
