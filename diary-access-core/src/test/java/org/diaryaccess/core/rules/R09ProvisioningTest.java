package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.paging.PageRequest;
import org.junit.jupiter.api.Test;

/** R9: provisioning until the diary system confirms, at the latest within 24 hours; overdue ones listed. */
class R09ProvisioningTest extends RuleTest {

  private Grant acceptedGrant() {
    return access.accept(NINA_ID, vasilisaInvitesNina(ANTON).id()).grants().get(0);
  }

  @Test
  void aConfirmationActivatesTheGrant() {
    theFamily();
    Grant grant = acceptedGrant();
    HousekeepingReport report = access.housekeeping();

    assertThat(report.activatedGrants()).isEqualTo(1);
    assertThat(world.diarySystem.opened()).containsExactly(grant.id());
    assertThat(world.store().grants().findById(grant.id()).orElseThrow().state()).isEqualTo(GrantState.ACTIVE);
    assertThat(access.decide(NINA_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void onlyAnOpeningConfirmedAtOnceCountsAsAnActivation() {
    theFamily();
    world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
    Grant later = acceptedGrant();
    assertThat(access.housekeeping().activatedGrants()).as("accepted for later").isZero();

    access.revoke(VASILISA_ID, access.confirmProvisioning(later.id()).id());
    assertThat(access.housekeeping().activatedGrants()).as("a closing").isZero();
    assertThat(world.diarySystem.closed()).containsExactly(later.id());
  }

  @Test
  void aDiarySystemThatConfirmsLaterIsWaitedForAndOverdueGrantsAreListed() {
    theFamily();
    world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
    Grant grant = acceptedGrant();
    access.housekeeping();
    assertThat(access.decide(NINA_ID, ANTON).reasons()).containsExactly(ReasonCode.GRANT_PROVISIONING);
    assertThat(access.overdueGrants(PageRequest.first()).items()).isEmpty();

    world.after(Duration.ofHours(25));
    assertThat(access.housekeeping().overdueGrants()).isEqualTo(1);
    assertThat(access.overdueGrants(PageRequest.first()).items()).extracting(Grant::id).containsExactly(grant.id());

    assertThat(access.confirmProvisioning(grant.id()).state()).isEqualTo(GrantState.ACTIVE);
    assertThat(access.confirmProvisioning(grant.id()).state()).as("idempotent").isEqualTo(GrantState.ACTIVE);
    assertThat(access.overdueGrants(PageRequest.first()).items()).isEmpty();
    assertThat(access.decide(NINA_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void aDiarySystemThatIsDownIsRetriedWithBackOffAndNothingIsLost() {
    theFamily();
    world.diarySystem.down(true);
    Grant grant = acceptedGrant();
    HousekeepingReport failing = access.housekeeping();
    assertThat(failing.failedDeliveries()).isEqualTo(1);
    assertThat(failing.activatedGrants()).isZero();

    world.diarySystem.down(false);
    assertThat(access.housekeeping().activatedGrants()).as("not before the back-off").isZero();
    world.after(Duration.ofMinutes(1));
    assertThat(access.housekeeping().activatedGrants()).isEqualTo(1);
    assertThat(world.store().grants().findById(grant.id()).orElseThrow().state()).isEqualTo(GrantState.ACTIVE);
  }

  @Test
  void onlyProvisioningGrantsCanBeConfirmed() {
    theFamily();
    world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
    Grant grant = acceptedGrant();
    access.revoke(VASILISA_ID, grant.id());
    assertThat(refusal(() -> access.confirmProvisioning(grant.id()))).containsExactly(ReasonCode.GRANT_NOT_PROVISIONING);
    assertThat(refusal(() -> access.confirmProvisioning(org.diaryaccess.spi.id.GrantId.of("nope"))))
        .containsExactly(ReasonCode.GRANT_UNKNOWN);
  }
}
