package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;

import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.matching.MatchPolicy;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R3: e-mail equal and phone equal and, where both hold one, SNILS equal. */
class R03MatchTest extends RuleTest {
  private static final CitizenId PARENT = CitizenId.of("parent");

  private boolean matches(String profileEmail, String profilePhone, String profileSnils,
      String schoolEmail, String schoolPhone, String schoolSnils) {
    world.registered(new Citizen(PARENT, PersonName.of("Иванченко", "Василиса"), null, null,
        Contacts.of(profileEmail, profilePhone, profileSnils)));
    world.schoolHolds(Guide.antonRecord(new LegalRepresentative(RepresentativeKind.MOTHER,
        PersonName.of("Иванченко", "Василиса"), Contacts.of(schoolEmail, schoolPhone, schoolSnils))));
    return access.decide(PARENT, ANTON).isAllowed();
  }

  @ParameterizedTest(name = "{6}")
  @CsvSource(nullValues = "-", value = {
      "mail@yandex.ru, 89261234567, -,              MAIL@yandex.ru, +7 926 123-45-67, -,              true,  same e-mail and phone",
      "mail@yandex.ru, 89261234567, -,              other@yandex.ru, +7 926 123-45-67, -,             false, e-mail differs",
      "mail@yandex.ru, 89261234567, -,              mail@yandex.ru, +7 926 000-00-00, -,              false, phone differs",
      "mail@yandex.ru, 89261234567, 123-456-789 64, mail@yandex.ru, +7 926 123-45-67, 11223344595,    false, SNILS differs",
      "mail@yandex.ru, 89261234567, 123-456-789 64, mail@yandex.ru, +7 926 123-45-67, 12345678964,    true,  SNILS equal",
      "mail@yandex.ru, 89261234567, 123-456-789 64, mail@yandex.ru, +7 926 123-45-67, -,              true,  SNILS on the profile only",
      "mail@yandex.ru, 89261234567, -,              mail@yandex.ru, +7 926 123-45-67, 12345678964,    true,  SNILS at the school only",
      "mail@yandex.ru, 89261234567, 123-456-789 12, mail@yandex.ru, +7 926 123-45-67, 123-456-789 12, false, an invalid SNILS never matches",
      "-,              89261234567, -,              -,              +7 926 123-45-67, -,              false, no e-mail on either side",
      "mail@yandex.ru, -,           -,              mail@yandex.ru, -,                -,              false, no phone on either side"})
  void theDefaultRule(String pe, String pp, String ps, String se, String sp, String ss, boolean expected, String why) {
    assertThat(matches(pe, pp, ps, se, sp, ss)).as(why).isEqualTo(expected);
  }

  @Test
  void theMatchRuleIsPluggable() {
    world.registered(new Citizen(PARENT, PersonName.of("Иванченко", "Василиса"), null, null,
        Contacts.of("new@yandex.ru", "89261234567", null)));
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    DiaryAccess phoneOnly = DiaryAccess.builder().store(world.store()).notificationCentre(world.centre)
        .diaryProvisioning(world.diarySystem).clock(world.clock)
        .matchPolicy((profile, entry) -> profile.mobilePhone().isPresent()
            && profile.mobilePhone().equals(entry.mobilePhone()))
        .build();

    assertThat(access.decide(PARENT, ANTON).isAllowed()).isFalse();
    assertThat(phoneOnly.decide(PARENT, ANTON).isAllowed()).isTrue();
    assertThat(MatchPolicy.standard().matches(Contacts.of("a@b.ru", "89261234567", null),
        Contacts.of("A@B.RU", "+79261234567", null))).isTrue();
  }
}
