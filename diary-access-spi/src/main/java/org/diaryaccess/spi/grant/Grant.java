package org.diaryaccess.spi.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
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
 * @param terminationReason why the library terminated it, for {@link GrantState#TERMINATED}
 * @param version incremented by every change; stores use it to refuse lost updates
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
    @Nullable TerminationReason terminationReason,
    long version) {

  /** Checks the invariants and copies the sections. */
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
    checkArgument(version >= 0, "version %s is negative", version);
  }

  /** Whether the grant is live (provisioning or active). */
  public boolean isLive() {
    return state.isLive();
  }

  /**
   * The diary system confirmed it.
   *
   * @param at when
   * @return the next version, {@link GrantState#ACTIVE}
   */
  public Grant activated(Instant at) {
    checkArgument(state == GrantState.PROVISIONING, "only a provisioning grant activates, this one is %s", state);
    return new Grant(id, invitation, grantor, trustee, pupil, service, sections, endDate, GrantState.ACTIVE,
        acceptedAt, provisioningDeadline, at, null, null, version + 1);
  }

  /**
   * The grant ended.
   *
   * @param finalState {@link GrantState#REVOKED}, {@link GrantState#RENOUNCED} or {@link GrantState#TERMINATED}
   * @param reason the termination reason, exactly for {@link GrantState#TERMINATED}
   * @param at when
   * @return the next version
   */
  public Grant ended(GrantState finalState, @Nullable TerminationReason reason, Instant at) {
    checkArgument(isLive(), "grant already ended: %s", state);
    checkArgument(!finalState.isLive(), "%s is not an end", finalState);
    return new Grant(id, invitation, grantor, trustee, pupil, service, sections, endDate, finalState,
        acceptedAt, provisioningDeadline, activatedAt, at, reason, version + 1);
  }
}
