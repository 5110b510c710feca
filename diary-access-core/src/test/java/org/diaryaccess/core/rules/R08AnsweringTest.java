package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.MASHA;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.core.invitation.Acceptance;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.junit.jupiter.api.Test;

/** R8: only the invitee answers, only while pending; distinct final states; re-check on acceptance. */
class R08AnsweringTest extends RuleTest {

  @Test
  void acceptingMakesOneProvisioningGrantPerChildAndTellsTheInviter() {
    theFamily();
    Invitation invitation = vasilisaInvitesNina(ANTON, MASHA);
    Acceptance acceptance = access.accept(NINA_ID, invitation.id());

    assertThat(acceptance.invitation().state()).isEqualTo(InvitationState.ACCEPTED);
    assertThat(acceptance.grants()).extracting(g -> g.pupil()).containsExactly(ANTON, MASHA);
    assertThat(acceptance.grants()).allSatisfy(g -> {
      assertThat(g.state()).isEqualTo(GrantState.PROVISIONING);
      assertThat(g.grantor()).isEqualTo(VASILISA_ID);
      assertThat(g.provisioningDeadline()).isEqualTo(g.acceptedAt().plus(Duration.ofHours(24)));
    });
    access.housekeeping();
    assertThat(world.centre.inboxOf(VASILISA_ID)).extracting(n -> n.topic()).containsExactly(Topic.INVITATION_ACCEPTED);
  }

  @Test
  void onlyTheInviteeMayAnswer() {
    theFamily();
    Invitation invitation = vasilisaInvitesNina();
    assertThat(refusal(() -> access.accept(VASILISA_ID, invitation.id()))).containsExactly(ReasonCode.NOT_THE_INVITEE);
    assertThat(refusal(() -> access.decline(VASILISA_ID, invitation.id()))).containsExactly(ReasonCode.NOT_THE_INVITEE);
    // Someone who is no party is not even told the invitation exists.
    assertThat(refusal(() -> access.accept(Guide.STRANGER_ID, invitation.id())))
        .containsExactly(ReasonCode.INVITATION_UNKNOWN);
  }

  @Test
  void declinedCancelledAndExpiredAreDistinctFinalStatesThatBlockNothingLater() {
    theFamily();
    Invitation declined = access.decline(NINA_ID, vasilisaInvitesNina().id());
    Invitation cancelled = access.cancel(VASILISA_ID, vasilisaInvitesNina().id());
    Invitation toExpire = vasilisaInvitesNina();
    world.after(Duration.ofDays(30));
    assertThat(access.housekeeping().expiredInvitations()).isEqualTo(1);

    assertThat(declined.state()).isEqualTo(InvitationState.DECLINED);
    assertThat(cancelled.state()).isEqualTo(InvitationState.CANCELLED);
    assertThat(access.invitationsSent(VASILISA_ID, java.util.Set.of(InvitationState.EXPIRED),
        org.diaryaccess.spi.paging.PageRequest.first()).items()).extracting(Invitation::id).containsExactly(toExpire.id());
    assertThat(world.centre.inboxOf(VASILISA_ID)).extracting(n -> n.topic())
        .containsExactly(Topic.INVITATION_DECLINED, Topic.INVITATION_EXPIRED);
    assertThat(world.centre.inboxOf(NINA_ID)).extracting(n -> n.topic())
        .contains(Topic.INVITATION_CANCELLED);
    assertThat(vasilisaInvitesNina().state()).isEqualTo(InvitationState.PENDING);
  }

  @Test
  void anAnsweredInvitationCannotBeAnsweredAgain() {
    theFamily();
    Invitation invitation = vasilisaInvitesNina();
    access.accept(NINA_ID, invitation.id());
    assertThat(refusal(() -> access.accept(NINA_ID, invitation.id()))).containsExactly(ReasonCode.INVITATION_NOT_PENDING);
    assertThat(refusal(() -> access.decline(NINA_ID, invitation.id()))).containsExactly(ReasonCode.INVITATION_NOT_PENDING);
    assertThat(refusal(() -> access.cancel(VASILISA_ID, invitation.id()))).containsExactly(ReasonCode.INVITATION_NOT_PENDING);
  }

  @Test
  void anExpiredInvitationCannotBeAnsweredEvenBeforeHousekeepingRuns() {
    theFamily();
    Invitation invitation = vasilisaInvitesNina();
    world.after(Duration.ofDays(30));
    assertThat(refusal(() -> access.accept(NINA_ID, invitation.id()))).containsExactly(ReasonCode.INVITATION_EXPIRED);
    assertThat(refusal(() -> access.cancel(VASILISA_ID, invitation.id()))).containsExactly(ReasonCode.INVITATION_EXPIRED);
  }

  @Test
  void onlyTheInviterMayCancel() {
    theFamily();
    Invitation invitation = vasilisaInvitesNina();
    assertThat(refusal(() -> access.cancel(NINA_ID, invitation.id()))).containsExactly(ReasonCode.NOT_THE_INVITER);
    assertThat(refusal(() -> access.cancel(Guide.DMITRY_ID, invitation.id())))
        .containsExactly(ReasonCode.INVITATION_UNKNOWN);
  }

  @Test
  void acceptanceRechecksTheInvitersAuthorityForEachChild() {
    theFamily();
    Invitation invitation = vasilisaInvitesNina(ANTON, MASHA);
    // Before Nina answers, the school lists only Dmitry for Masha.
    world.schoolHolds(Guide.mashaRecord(Guide.dmitryAsTheSchoolHoldsHim()));

    Acceptance acceptance = access.accept(NINA_ID, invitation.id());
    assertThat(acceptance.grants()).extracting(g -> g.pupil()).containsExactly(ANTON);
    assertThat(acceptance.notGranted()).containsExactly(MASHA);
  }

  @Test
  void twoConcurrentAcceptancesGiveOneSetOfGrants() throws Exception {
    theFamily();
    Invitation invitation = vasilisaInvitesNina(ANTON, MASHA);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Callable<Boolean> accept = () -> {
        start.await();
        try {
          access.accept(NINA_ID, invitation.id());
          return true;
        } catch (RefusedException e) {
          return false;
        }
      };
      results.add(pool.submit(accept));
    }
    start.countDown();
    int accepted = 0;
    for (Future<Boolean> result : results) {
      accepted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();

    assertThat(accepted).isEqualTo(1);
    assertThat(world.store().grants().liveForTrustee(NINA_ID)).hasSize(2);
  }
}
