package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import org.diaryaccess.core.diagnosis.Diagnosis;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.junit.jupiter.api.Test;

/** R6: why there is no access, without revealing what the school holds, and the card. */
class R06DiagnosisTest extends RuleTest {

  private void schoolHoldsForVasilisa(String email, String phone, String snils) {
    world.schoolHolds(Guide.antonRecord(new LegalRepresentative(RepresentativeKind.MOTHER,
        PersonName.of("Иванченко", "Василиса"), Contacts.of(email, phone, snils))));
  }

  @Test
  void theSchoolHoldsADifferentEmail() {
    world.registered(Guide.vasilisa());
    schoolHoldsForVasilisa("old@yandex.ru", Guide.VASILISA_PHONE, null);
    Diagnosis diagnosis = access.diagnose(VASILISA_ID);
    assertThat(diagnosis.findings()).containsExactly(ReasonCode.EMAIL_DIFFERS);
    assertThat(diagnosis.visibleDiaries()).isZero();
  }

  @Test
  void theSchoolHoldsADifferentSnils() {
    world.registered(Guide.vasilisa());
    schoolHoldsForVasilisa(Guide.VASILISA_EMAIL, Guide.VASILISA_PHONE, "112-233-445 95");
    assertThat(access.diagnose(VASILISA_ID).findings()).containsExactly(ReasonCode.SNILS_DIFFERS);
  }

  @Test
  void someoneWhoMatchesNoIdentifierLearnsNothingAboutTheSchool() {
    world.registered(Guide.vasilisa(), Guide.stranger());
    schoolHoldsForVasilisa("old@yandex.ru", Guide.VASILISA_PHONE, null);

    Diagnosis stranger = access.diagnose(Guide.STRANGER_ID);
    assertThat(stranger.findings()).containsExactly(ReasonCode.NO_SCHOOL_DATA_FOR_CONTACTS);
    // The same answer as on an empty register: nothing confirms an entry exists.
    world.schoolHolds(Guide.antonRecord());
    assertThat(access.diagnose(Guide.STRANGER_ID).findings()).isEqualTo(stranger.findings());
  }

  @Test
  void missingProfileFieldsAreNamedAndTheCardHoldsWhatTheProfileHolds() {
    world.registered(Guide.vasilisa().withContacts(Contacts.of(null, "8 926 123 45 67", null)));
    schoolHoldsForVasilisa(Guide.VASILISA_EMAIL, Guide.VASILISA_PHONE, null);

    Diagnosis diagnosis = access.diagnose(VASILISA_ID);
    assertThat(diagnosis.profileProblems())
        .containsExactly(new FieldProblem(ContactField.EMAIL, ReasonCode.EMAIL_MISSING));
    assertThat(diagnosis.findings()).isEmpty();
    assertThat(diagnosis.card().email()).isNull();
    assertThat(diagnosis.card().mobilePhone()).isEqualTo("+7 926 123-45-67");
    assertThat(diagnosis.card().toString()).doesNotContain("926").doesNotContain("123-45");
  }

  @Test
  void aParentWithAccessIsToldHowManyDiariesSheSees() {
    theFamily();
    Diagnosis diagnosis = access.diagnose(VASILISA_ID);
    assertThat(diagnosis.visibleDiaries()).isEqualTo(2);
    assertThat(diagnosis.findings()).isEmpty();
  }

  @Test
  void unknownCitizensAreRefused() {
    assertThat(refusal(() -> access.diagnose(id("nobody")))).containsExactly(ReasonCode.CITIZEN_UNKNOWN);
  }
}
