package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R9 with R10: what a trusted person is told, in the order she needs it, for every combination of
 * the grant's state, whether the section asked for was shared, whether the provisioning deadline
 * has passed, and whether the grant still stands. A section never shared is said to be so
 * whatever the state; "opens within a day" is said only of what is shared, and only until the
 * deadline; past it the opening is late, and the portal's support is on it.
 */
class R09ReasonOrderTest extends RuleTest {

  /** What the trusted person asks for. */
  enum Asked {
    /** A section the grant shares. */
    SHARED,
    /** A section the grant does not share. */
    NOT_SHARED,
    /** The diary as such, no section named. */
    THE_DIARY
  }

  record Case(GrantState state, Asked asked, boolean deadlinePassed, boolean stands,
      @Nullable ReasonCode expected) {
    @Override
    public String toString() {
      return state + ", " + asked + (deadlinePassed ? ", past the deadline" : ", within the deadline")
          + (stands ? "" : ", grantor no longer a parent") + " → " + (expected == null ? "allowed" : expected);
    }
  }

  static List<Case> everyCombination() {
    List<Case> cases = new ArrayList<>();
    for (GrantState state : List.of(GrantState.PROVISIONING, GrantState.ACTIVE)) {
      for (Asked asked : Asked.values()) {
        for (boolean deadlinePassed : List.of(false, true)) {
          for (boolean stands : List.of(true, false)) {
            cases.add(new Case(state, asked, deadlinePassed, stands, expected(state, asked, deadlinePassed, stands)));
          }
        }
      }
    }
    return cases;
  }

  /** The table, written out rather than computed the way the rule computes it. */
  private static @Nullable ReasonCode expected(GrantState state, Asked asked, boolean deadlinePassed, boolean stands) {
    if (!stands) {
      return ReasonCode.GRANTOR_NOT_REPRESENTATIVE;
    }
    if (asked == Asked.NOT_SHARED) {
      return ReasonCode.SECTION_NOT_GRANTED;
    }
    if (state == GrantState.ACTIVE) {
      return null;
    }
    return deadlinePassed ? ReasonCode.GRANT_PROVISIONING_LATE : ReasonCode.GRANT_PROVISIONING;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCombination")
  void theTrustedPersonIsToldWhatSheNeedsFirst(Case c) {
    theFamily();
    world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
    Grant grant = access.accept(NINA_ID, access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON)
        .withSections(EnumSet.of(DiarySection.GRADES, DiarySection.HOMEWORK))).id()).grants().get(0);
    access.housekeeping();
    if (c.state() == GrantState.ACTIVE) {
      access.confirmProvisioning(grant.id());
    }
    if (c.deadlinePassed()) {
      world.after(access.settings().provisioningDeadline().plus(Duration.ofMinutes(1)));
    } else {
      world.after(access.settings().provisioningDeadline().minus(Duration.ofMinutes(1)));
    }
    if (!c.stands()) {
      world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim()));
    }

    AccessDecision decision = switch (c.asked()) {
      case SHARED -> access.decide(NINA_ID, ANTON, DiarySection.HOMEWORK);
      case NOT_SHARED -> access.decide(NINA_ID, ANTON, DiarySection.ATTENDANCE);
      case THE_DIARY -> access.decide(NINA_ID, ANTON);
    };

    if (c.expected() == null) {
      assertThat(decision.isAllowed()).as(c.toString()).isTrue();
    } else {
      assertThat(decision.reasons()).as(c.toString()).containsExactly(c.expected());
    }
  }

  @Test
  void aLateOpeningIsNeverPromisedWithinADayNorLaidOnTheParent() {
    String russian = ReasonCode.GRANT_PROVISIONING_LATE.message(Locale.forLanguageTag("ru"));
    String english = ReasonCode.GRANT_PROVISIONING_LATE.message(Locale.ENGLISH);
    assertThat(russian).contains("поддержки портала").doesNotContain("будет открыт в течение суток");
    assertThat(english).contains("support").doesNotContain("within a day");
    assertThat(everyCombination()).extracting(Case::expected).as("the table reaches every reason")
        .contains(ReasonCode.GRANT_PROVISIONING, ReasonCode.GRANT_PROVISIONING_LATE, ReasonCode.SECTION_NOT_GRANTED,
            ReasonCode.GRANTOR_NOT_REPRESENTATIVE, null);
  }
}
