package org.diaryaccess.spi.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * A trusted person's access to one child's diary, created when they accept an invitation (R8).
 * Whether it lets them in is decided afresh at every decision (R10); its state only records what
 * happened.
 *
 * @param id minted by the library
 * @param invitation the accepted invitation
 * @param grantor the legal representative who invited
 * @param trustee the trusted person
 * @param pupil the child
 * @param service the service
 * @param sections the sections the trusted person may view
 * @param endDate the last day of access, if limited
 * @param state where it stands
 * @param acceptedAt when the invitation was accepted
 * @param provisioningDeadline when it should be active at the latest (R9)
 * @param activatedAt when the diary system confirmed it, if it has
 * @param endedAt when it ended, if it has
 * @param endedBy who ended it: the legal representative who revoked it or the trusted person who
 *     renounced it; {@code null} while live, for a termination, and for grants ended before this
 *     was recorded (since 0.2.0)
 * @param terminationReason why the library terminated it, for {@link GrantState#TERMINATED}
 * @param version incremented by every change; stores use it to refuse lost updates
 * @since 0.1.0
 */
public record Grant(
    GrantId id,
    InvitationId invitation,
    CitizenId grantor,
    CitizenId trustee,
    PupilRecordId pupil,
    Service service,
    Set<DiarySection> sections,
    @Nullable LocalDate endDate,
    GrantState state,
    Instant acceptedAt,
    Instant provisioningDeadline,
    @Nullable Instant activatedAt,
    @Nullable Instant endedAt,
    @Nullable CitizenId endedBy,
    @Nullable TerminationReason terminationReason,
    long version) {

  /**
   * Checks the invariants and copies the sections.
   *
   * @param id minted by the library
   * @param invitation the accepted invitation
   * @param grantor the legal representative who invited
   * @param trustee the trusted person
   * @param pupil the child
   * @param service the service
   * @param sections the sections the trusted person may view
   * @param endDate the last day of access, if limited
   * @param state where it stands
   * @param acceptedAt when the invitation was accepted
   * @param provisioningDeadline when it should be active at the latest (R9)
   * @param activatedAt when the diary system confirmed it, if it has
   * @param endedAt when it ended, if it has
   * @param endedBy who revoked or renounced it, if recorded
   * @param terminationReason why the library terminated it, for {@link GrantState#TERMINATED}
   * @param version incremented by every change; stores use it to refuse lost updates
   */
  public Grant {
    checkNotNull(id, "id");
    checkNotNull(invitation, "invitation");
    checkNotNull(grantor, "grantor");
    checkNotNull(trustee, "trustee");
    checkNotNull(pupil, "pupil");
    checkNotNull(service, "service");
    checkNotNull(state, "state");
    checkNotNull(acceptedAt, "acceptedAt");
    checkNotNull(provisioningDeadline, "provisioningDeadline");
    sections = Sets.immutableEnumSet(sections);
    checkArgument(!sections.isEmpty(), "a grant covers at least one section");
    checkArgument(!grantor.equals(trustee), "a grantor cannot be their own trustee");
    checkArgument(state.isLive() == (endedAt == null), "endedAt is set exactly for ended grants");
    checkArgument((state == GrantState.TERMINATED) == (terminationReason != null),
        "a termination reason is set exactly for terminated grants");
    checkArgument(state != GrantState.ACTIVE || activatedAt != null, "an active grant has an activation time");
    checkArgument(endedBy == null || state == GrantState.REVOKED || state == GrantState.RENOUNCED,
        "only a revocation or a renunciation has someone who ended it");
    checkArgument(endedBy == null || state != GrantState.RENOUNCED || endedBy.equals(trustee),
        "only the trusted person renounces");
    checkArgument(version >= 0, "version %s is negative", version);
  }

  /**
   * A new grant for one child of an accepted invitation: provisioning until the diary system
   * confirms it (R8, R9).
   *
   * @param id minted by the library
   * @param accepted the invitation, {@link InvitationState#ACCEPTED}
   * @param pupil one of its children
   * @param deadline how soon it must be active (R9)
   * @return version 0, {@link GrantState#PROVISIONING}, accepted when the invitation was
   */
  public static Grant provisioning(GrantId id, Invitation accepted, PupilRecordId pupil, Duration deadline) {
    checkArgument(accepted.state() == InvitationState.ACCEPTED, "a grant comes from an accepted invitation, not %s",
        accepted.state());
    checkArgument(accepted.pupils().contains(pupil), "the invitation does not name this child");
    Instant acceptedAt = checkNotNull(accepted.answeredAt(), "answeredAt");
    return new Grant(id, accepted.id(), accepted.inviter(), accepted.invitee(), pupil, accepted.service(),
        accepted.sections(), accepted.endDate(), GrantState.PROVISIONING, acceptedAt, acceptedAt.plus(deadline),
        null, null, null, null, 0);
  }

  /**
   * Whether the grant is live (provisioning or active).
   *
   * @return whether the grant is live (provisioning or active)
   */
  public boolean isLive() {
    return state.isLive();
  }

  /**
   * Whether it is still provisioning past its deadline (R9).
   *
   * @param now the instant
   * @return {@code true} if provisioning and the deadline is before {@code now}
   */
  public boolean isOverdueAt(Instant now) {
    return state == GrantState.PROVISIONING && provisioningDeadline.isBefore(now);
  }

  /**
   * The diary system confirmed it (R9).
   *
   * @param at when
   * @return the next version, {@link GrantState#ACTIVE}
   * @throws RefusedException {@code GRANT_NOT_PROVISIONING}
   */
  public Grant activate(Instant at) {
    if (state != GrantState.PROVISIONING) {
      throw RefusedException.because(ReasonCode.GRANT_NOT_PROVISIONING);
    }
    return new Grant(id, invitation, grantor, trustee, pupil, service, sections, endDate, GrantState.ACTIVE,
        acceptedAt, provisioningDeadline, at, null, null, null, version + 1);
  }

  /**
   * A legal representative of the child ended it (R11).
   *
   * @param by the legal representative who revoked it
   * @param at when
   * @return the next version, {@link GrantState#REVOKED}
   * @throws RefusedException {@code GRANT_NOT_LIVE}
   */
  public Grant revoke(CitizenId by, Instant at) {
    return ended(GrantState.REVOKED, checkNotNull(by, "by"), null, at);
  }

  /**
   * The trusted person gave it up (R11).
   *
   * @param at when
   * @return the next version, {@link GrantState#RENOUNCED}
   * @throws RefusedException {@code GRANT_NOT_LIVE}
   */
  public Grant renounce(Instant at) {
    return ended(GrantState.RENOUNCED, trustee, null, at);
  }

  /**
   * The library ended it because its basis went away (R10, R12).
   *
   * @param reason why
   * @param at when
   * @return the next version, {@link GrantState#TERMINATED}
   * @throws RefusedException {@code GRANT_NOT_LIVE}
   */
  public Grant terminate(TerminationReason reason, Instant at) {
    return ended(GrantState.TERMINATED, null, checkNotNull(reason, "reason"), at);
  }

  private Grant ended(GrantState finalState, @Nullable CitizenId by, @Nullable TerminationReason reason, Instant at) {
    if (!isLive()) {
      throw RefusedException.because(ReasonCode.GRANT_NOT_LIVE);
    }
    return new Grant(id, invitation, grantor, trustee, pupil, service, sections, endDate, finalState,
        acceptedAt, provisioningDeadline, activatedAt, at, by, reason, version + 1);
  }
}
