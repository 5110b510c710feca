package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.diaryaccess.core.profile.Readiness;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.junit.jupiter.api.Test;

/** R2: a profile is ready with a valid e-mail and mobile phone, and a valid SNILS where present. */
class R02ReadinessTest extends RuleTest {

  private Readiness readinessOf(String email, String phone, String snils) {
    world.registered(new Citizen(CitizenId.of("c-1"), PersonName.of("Иванченко", "Василиса"), null, null,
        Contacts.of(email, phone, snils)));
    return access.readiness(CitizenId.of("c-1"));
  }

  @Test
  void theGuidesProfileIsNotReadyBecauseOfItsSnils() {
    Readiness readiness = readinessOf("mail@yandex.ru", "(926) 123-45-67", Guide.GUIDE_SNILS);
    assertThat(readiness.isReady()).isFalse();
    assertThat(readiness.problems())
        .containsExactly(new FieldProblem(ContactField.SNILS, ReasonCode.INVALID_SNILS_CHECKSUM));
  }

  @Test
  void withTheRightSnilsOrNoneItIsReady() {
    assertThat(readinessOf("mail@yandex.ru", "(926) 123-45-67", Guide.VALID_SNILS).isReady()).isTrue();
  }

  @Test
  void aProfileWithoutSnilsIsReady() {
    assertThat(readinessOf("mail@yandex.ru", "(926) 123-45-67", null).isReady()).isTrue();
  }

  @Test
  void missingFieldsAreNamed() {
    assertThat(readinessOf(null, " ", null).problems()).containsExactly(
        new FieldProblem(ContactField.EMAIL, ReasonCode.EMAIL_MISSING),
        new FieldProblem(ContactField.MOBILE_PHONE, ReasonCode.MOBILE_PHONE_MISSING));
  }

  @Test
  void invalidFieldsAreNamedWithWhyTheyAreInvalid() {
    assertThat(readinessOf("mail@", "+7 495 123-45-67", "123").problems()).containsExactly(
        new FieldProblem(ContactField.EMAIL, ReasonCode.INVALID_EMAIL),
        new FieldProblem(ContactField.MOBILE_PHONE, ReasonCode.NOT_A_MOBILE_PHONE),
        new FieldProblem(ContactField.SNILS, ReasonCode.INVALID_SNILS_FORMAT));
  }

  @Test
  void anUnknownCitizenIsRefused() {
    assertThat(refusal(() -> access.readiness(CitizenId.of("nobody")))).containsExactly(ReasonCode.CITIZEN_UNKNOWN);
  }
}
