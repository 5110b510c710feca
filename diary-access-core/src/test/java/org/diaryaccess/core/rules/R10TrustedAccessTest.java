package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.Test;

/**
 * R10: a trusted person sees the diary while the grant is active, not revoked, not past its end,
 * the pupil enrolled and the grantor still a legal representative — checked at every decision,
 * and recorded by the sweep.
 */
class R10TrustedAccessTest extends RuleTest {

  private Grant state(Grant grant) {
    return world.store().grants().findById(grant.id()).orElseThrow();
  }

  @Test
  void anActiveGrantLetsTheTrustedPersonSeeOnlyTheGrantedSections() {
    theFamily();
    Grant grant = access.accept(NINA_ID, access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON)
        .withSections(EnumSet.of(DiarySection.HOMEWORK))).id()).grants().get(0);
    access.housekeeping();

    assertThat(access.decide(NINA_ID, ANTON).allowedBasis()).contains(
        new Basis.TrustedPerson(grant.id(), EnumSet.of(DiarySection.HOMEWORK)));
    assertThat(access.decide(NINA_ID, ANTON, DiarySection.HOMEWORK).isAllowed()).isTrue();
    for (DiarySection other : EnumSet.complementOf(EnumSet.of(DiarySection.HOMEWORK))) {
      assertThat(access.decide(NINA_ID, ANTON, other).reasons()).containsExactly(ReasonCode.SECTION_NOT_GRANTED);
    }
    assertThat(access.decide(NINA_ID, MASHA_RECORD).reasons()).as("another child").containsExactly(ReasonCode.NO_ACCESS_BASIS);
  }

  @Test
  void theEndDateIsHonouredByTheNextDecisionAndRecordedByTheSweep() {
    theFamily();
    Grant grant = access.accept(NINA_ID, access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON)
        .withEndDate(LocalDate.of(2026, 9, 10))).id()).grants().get(0);
    access.housekeeping();
    world.clock.set(java.time.Instant.parse("2026-09-10T20:59:00Z")); // 23:59 in Moscow, the last day
    assertThat(access.decide(NINA_ID, ANTON).isAllowed()).isTrue();
    world.after(Duration.ofMinutes(1));

    assertThat(access.decide(NINA_ID, ANTON).reasons()).containsExactly(ReasonCode.GRANT_END_DATE_PASSED);
    assertThat(access.housekeeping().terminatedGrants()).isEqualTo(1);
    assertThat(state(grant).state()).isEqualTo(GrantState.TERMINATED);
    assertThat(state(grant).terminationReason()).isEqualTo(TerminationReason.END_DATE_PASSED);
    assertThat(world.centre.inboxOf(NINA_ID)).extracting(n -> n.topic()).contains(Topic.ACCESS_ENDED);
    assertThat(world.diarySystem.closed()).containsExactly(grant.id());
  }

  @Test
  void whenTheGrantorIsNoLongerARepresentativeAccessEnds() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim()));

    assertThat(access.decide(NINA_ID, ANTON).reasons()).containsExactly(ReasonCode.GRANTOR_NOT_REPRESENTATIVE);
    access.housekeeping();
    assertThat(state(grant).terminationReason()).isEqualTo(TerminationReason.GRANTOR_NOT_REPRESENTATIVE);
  }

  @Test
  void whenThePupilLeavesAccessEnds() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()).withEnrolled(false));

    assertThat(access.decide(NINA_ID, ANTON).reasons()).containsExactly(ReasonCode.PUPIL_NOT_ENROLLED);
    access.housekeeping();
    assertThat(state(grant).terminationReason()).isEqualTo(TerminationReason.PUPIL_NOT_ENROLLED);
  }

  @Test
  void aSchoolCorrectionThatRestoresTheGrantorBeforeTheSweepRestoresAccess() {
    theFamily();
    ninaTrustedForAnton();
    world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim()));
    assertThat(access.decide(NINA_ID, ANTON).isAllowed()).isFalse();
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    assertThat(access.decide(NINA_ID, ANTON).isAllowed()).isTrue();
  }
}
