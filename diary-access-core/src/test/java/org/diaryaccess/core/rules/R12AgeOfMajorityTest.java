package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.ANTON_CITIZEN_ID;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Instant;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.TerminationReason;
import org.junit.jupiter.api.Test;

/** R12: a representative's authority ends when the child turns 18; grants that depend on it end too. */
class R12AgeOfMajorityTest extends RuleTest {
  /** Anton was born on 15 March 2011; in Moscow he turns 18 at 00:00 on 15 March 2029. */
  private static final Instant EVE_OF_18 = Instant.parse("2029-03-14T20:59:00Z");
  private static final Instant BIRTHDAY_18 = Instant.parse("2029-03-14T21:00:00Z");

  @Test
  void theParentLosesAccessOnTheEighteenthBirthdayThePupilKeepsHis() {
    theFamily();
    world.clock.set(EVE_OF_18);
    assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
    world.clock.set(BIRTHDAY_18);

    assertThat(access.decide(VASILISA_ID, ANTON).reasons()).containsExactly(ReasonCode.PUPIL_OF_AGE);
    assertThat(access.decide(ANTON_CITIZEN_ID, ANTON).isAllowed()).isTrue();
    assertThat(refusal(() -> vasilisaInvitesNina(ANTON))).containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
  }

  @Test
  void trustedPersonsGrantsEndWithIt() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    world.clock.set(BIRTHDAY_18);

    assertThat(access.decide(NINA_ID, ANTON).reasons()).containsExactly(ReasonCode.PUPIL_OF_AGE);
    access.housekeeping();
    assertThat(world.store().grants().findById(grant.id()).orElseThrow().terminationReason())
        .isEqualTo(TerminationReason.PUPIL_OF_AGE);
  }

  @Test
  void withoutADateOfBirthNothingEnds() {
    theFamily();
    var record = Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer());
    world.schoolHolds(new org.diaryaccess.spi.school.PupilRecord(record.id(), record.school(), record.className(),
        record.name(), null, record.contacts(), true, record.representatives()));
    world.clock.set(Instant.parse("2040-01-01T00:00:00Z"));
    assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void theAgeIsConfigurable() {
    theFamily();
    DiaryAccess sixteen = DiaryAccess.builder().store(world.store()).notificationCentre(world.centre)
        .diaryProvisioning(world.diarySystem).clock(world.clock)
        .settings(AccessSettings.defaults().withAges(16, 18)).build();
    world.clock.set(Instant.parse("2027-03-15T09:00:00Z"));

    assertThat(sixteen.decide(VASILISA_ID, ANTON).reasons()).containsExactly(ReasonCode.PUPIL_OF_AGE);
    assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
  }
}
