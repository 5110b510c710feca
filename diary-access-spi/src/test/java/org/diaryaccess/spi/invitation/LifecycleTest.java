package org.diaryaccess.spi.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.Service;
import org.junit.jupiter.api.Test;

/**
 * The invitation's and the grant's own transitions (R8–R12): each legal one moves the state and
 * the version on, and each illegal one is refused by the aggregate itself with its reason code.
 */
class LifecycleTest {
  private static final Instant SENT = Instant.parse("2026-09-01T06:00:00Z");
  private static final Duration LIFETIME = Duration.ofDays(30);
  private static final Instant LATER = SENT.plus(Duration.ofDays(1));
  private static final Instant EXPIRY = SENT.plus(LIFETIME);
  private static final PupilRecordId ANTON = PupilRecordId.of("pupil-anton");
  private static final PupilRecordId MASHA = PupilRecordId.of("pupil-masha");

  private static Invitation pending() {
    return Invitation.pending(InvitationId.of("inv-1"), CitizenId.of("vasilisa"), CitizenId.of("nina"),
        Service.E_DIARY, List.of(MASHA, ANTON, MASHA), Service.E_DIARY.sections(), null, SENT, LIFETIME);
  }

  @Test
  void aPendingInvitationIsOpenUntilItsExpiryAndNotAfter() {
    Invitation invitation = pending();

    assertThat(invitation.state()).isEqualTo(InvitationState.PENDING);
    assertThat(invitation.version()).isZero();
    assertThat(invitation.pupils()).containsExactly(ANTON, MASHA);
    assertThat(invitation.expiresAt()).isEqualTo(EXPIRY);
    assertThat(invitation.isOpenAt(EXPIRY.minusNanos(1000))).isTrue();
    assertThat(invitation.isOpenAt(EXPIRY)).isFalse();
    assertThat(invitation.isExpiredAt(EXPIRY.minusNanos(1000))).isFalse();
    assertThat(invitation.isExpiredAt(EXPIRY)).isTrue();
  }

  @Test
  void eachAnswerMovesAPendingInvitationToItsOwnFinalState() {
    assertMoved(pending().accept(LATER), InvitationState.ACCEPTED, LATER);
    assertMoved(pending().decline(LATER), InvitationState.DECLINED, LATER);
    assertMoved(pending().cancel(LATER), InvitationState.CANCELLED, LATER);
    assertMoved(pending().expire(EXPIRY), InvitationState.EXPIRED, EXPIRY);
  }

  @Test
  void anAnswerAfterExpiryIsRefusedAsExpired() {
    for (Function<Instant, Invitation> answer : answers(pending())) {
      assertRefused(() -> answer.apply(EXPIRY), ReasonCode.INVITATION_EXPIRED);
    }
  }

  @Test
  void noFinalStateMovesAgain() {
    for (Invitation done : List.of(pending().accept(LATER), pending().decline(LATER), pending().cancel(LATER),
        pending().expire(EXPIRY))) {
      for (Function<Instant, Invitation> answer : answers(done)) {
        assertRefused(() -> answer.apply(LATER), ReasonCode.INVITATION_NOT_PENDING);
      }
      assertRefused(() -> done.expire(EXPIRY.plusSeconds(1)), ReasonCode.INVITATION_NOT_PENDING);
    }
  }

  @Test
  void anInvitationDoesNotExpireBeforeItsTime() {
    assertThatThrownBy(() -> pending().expire(LATER)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGrantComesOnlyFromAnAcceptedInvitationForOneOfItsChildren() {
    Invitation accepted = pending().accept(LATER);
    Grant grant = Grant.provisioning(GrantId.of("grant-1"), accepted, ANTON, Duration.ofHours(24));

    assertThat(grant.state()).isEqualTo(GrantState.PROVISIONING);
    assertThat(grant.version()).isZero();
    assertThat(grant.invitation()).isEqualTo(accepted.id());
    assertThat(grant.grantor()).isEqualTo(accepted.inviter());
    assertThat(grant.trustee()).isEqualTo(accepted.invitee());
    assertThat(grant.acceptedAt()).isEqualTo(LATER);
    assertThat(grant.provisioningDeadline()).isEqualTo(LATER.plus(Duration.ofHours(24)));
    assertThat(grant.isOverdueAt(LATER.plus(Duration.ofHours(24)))).isFalse();
    assertThat(grant.isOverdueAt(LATER.plus(Duration.ofHours(25)))).isTrue();
    assertThatThrownBy(() -> Grant.provisioning(GrantId.of("grant-2"), pending(), ANTON, Duration.ofHours(24)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Grant.provisioning(GrantId.of("grant-3"), accepted, PupilRecordId.of("pupil-other"),
        Duration.ofHours(24))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGrantActivatesOnceAndEndsOnce() {
    Grant provisioning = Grant.provisioning(GrantId.of("grant-1"), pending().accept(LATER), ANTON,
        Duration.ofHours(24));
    Grant active = provisioning.activate(LATER);

    assertThat(active.state()).isEqualTo(GrantState.ACTIVE);
    assertThat(active.activatedAt()).isEqualTo(LATER);
    assertThat(active.version()).isEqualTo(1);
    assertRefused(() -> active.activate(LATER), ReasonCode.GRANT_NOT_PROVISIONING);

    for (Grant live : List.of(provisioning, active)) {
      Grant revoked = live.revoke(live.grantor(), LATER);
      Grant renounced = live.renounce(LATER);
      Grant terminated = live.terminate(TerminationReason.END_DATE_PASSED, LATER);
      assertThat(List.of(revoked, renounced, terminated)).extracting(Grant::state)
          .containsExactly(GrantState.REVOKED, GrantState.RENOUNCED, GrantState.TERMINATED);
      assertThat(terminated.terminationReason()).isEqualTo(TerminationReason.END_DATE_PASSED);
      assertThat(List.of(revoked, renounced, terminated)).extracting(Grant::endedBy).as("who ended each")
          .containsExactly(live.grantor(), live.trustee(), null);
      for (Grant ended : List.of(revoked, renounced, terminated)) {
        assertThat(ended.endedAt()).isEqualTo(LATER);
        assertThat(ended.version()).isEqualTo(live.version() + 1);
        assertRefused(() -> ended.revoke(live.grantor(), LATER), ReasonCode.GRANT_NOT_LIVE);
        assertRefused(() -> ended.renounce(LATER), ReasonCode.GRANT_NOT_LIVE);
        assertRefused(() -> ended.terminate(TerminationReason.PUPIL_OF_AGE, LATER), ReasonCode.GRANT_NOT_LIVE);
        assertRefused(() -> ended.activate(LATER), ReasonCode.GRANT_NOT_PROVISIONING);
      }
    }
  }

  private static List<Function<Instant, Invitation>> answers(Invitation invitation) {
    return List.of(invitation::accept, invitation::decline, invitation::cancel);
  }

  private static void assertMoved(Invitation moved, InvitationState state, Instant at) {
    assertThat(moved.state()).isEqualTo(state);
    assertThat(moved.answeredAt()).isEqualTo(at);
    assertThat(moved.version()).isEqualTo(1);
  }

  private static void assertRefused(Supplier<?> transition, ReasonCode reason) {
    assertThatThrownBy(transition::get).isInstanceOfSatisfying(RefusedException.class,
        refused -> assertThat(refused.reasons()).containsExactly(reason));
  }
}
