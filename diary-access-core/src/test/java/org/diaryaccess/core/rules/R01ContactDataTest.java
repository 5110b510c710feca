package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.junit.jupiter.api.Test;

/** R1: contacts are validated and normalised before any comparison. */
class R01ContactDataTest extends RuleTest {

  @Test
  void theSchoolsSpellingOfTheSameContactsMatches() {
    world.registered(Guide.vasilisa());
    LegalRepresentative spelledOtherwise = new LegalRepresentative(RepresentativeKind.MOTHER,
        PersonName.of("Иванченко", "Василиса"), Contacts.of("  MAIL@Yandex.Ru", "+7 (926) 123-45-67", "12345678964"));
    world.schoolHolds(Guide.antonRecord(spelledOtherwise));

    assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void theGuidesSnilsIsInvalidInputWhenSomeoneTypesIt() {
    theFamily();
    InvitationRequest form = InvitationRequest.bySnils(Guide.GUIDE_SNILS, "Кубарева", List.of(ANTON.value()));

    assertThat(invalid(() -> access.send(VASILISA_ID, form))).containsExactly(ReasonCode.INVALID_SNILS_CHECKSUM);
    assertThat(access.invitationsSent(VASILISA_ID, Set.of(), org.diaryaccess.spi.paging.PageRequest.first()).items())
        .isEmpty();
  }

  @Test
  void aLandlineIsNotAMobilePhone() {
    theFamily();
    assertThat(invalid(() -> access.send(VASILISA_ID, byPhone("+7 (495) 123-45-67", "Кубарева", ANTON))))
        .containsExactly(ReasonCode.NOT_A_MOBILE_PHONE);
  }

  @Test
  void theLibrarysConstraintsSpeakRussianAndEnglish() {
    InvitationRequest form = InvitationRequest.bySnils(Guide.GUIDE_SNILS, "Кубарева", List.of(ANTON.value()));
    Set<ConstraintViolation<InvitationRequest>> violations = access.validator().validate(form);

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.getPropertyPath().toString()).isEqualTo("trusteeSnils");
      assertThat(v.getMessageTemplate()).isEqualTo("{org.diaryaccess.INVALID_SNILS_CHECKSUM}");
    });
    assertThat(ReasonCode.INVALID_SNILS_CHECKSUM.message(Locale.forLanguageTag("ru")))
        .isEqualTo("Неверное контрольное число СНИЛС, проверьте номер.");
    assertThat(ReasonCode.INVALID_SNILS_CHECKSUM.message(Locale.ENGLISH))
        .isEqualTo("The SNILS check number is wrong; please check the number.");
  }

  @Test
  void everyReasonCodeHasAMessageInBothLanguages() {
    for (ReasonCode code : ReasonCode.values()) {
      String ru = code.message(Locale.forLanguageTag("ru"));
      String en = code.message(Locale.ENGLISH);
      assertThat(ru).as("ru %s", code).isNotEqualTo(code.name()).isNotEqualTo(en);
      assertThat(en).as("en %s", code).isNotEqualTo(code.name());
      assertThat(ru.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC))
          .as("ru %s is Russian", code).isTrue();
    }
  }
}
