package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.DMITRY_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.junit.jupiter.api.Test;

/** R4: a matching legal-representative entry of an enrolled record gives access; nothing is stored. */
class R04LegalRepresentativeTest extends RuleTest {

  @Test
  void bothParentsSeeTheirChild() {
    theFamily();
    assertThat(access.decide(VASILISA_ID, ANTON)).isEqualTo(new AccessDecision.Allowed(Basis.legalRepresentative()));
    assertThat(access.decide(DMITRY_ID, ANTON)).isEqualTo(new AccessDecision.Allowed(Basis.legalRepresentative()));
    assertThat(world.audit()).as("a decision stores nothing").isEmpty();
  }

  @Test
  void whenTheSchoolRemovesAParentAccessEndsAtTheNextDecision() {
    theFamily();
    world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim()));
    assertThat(access.decide(VASILISA_ID, ANTON).reasons()).containsExactly(ReasonCode.NO_ACCESS_BASIS);
    assertThat(access.decide(DMITRY_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void whenTheCitizenEditsTheProfileAccessFollowsAtOnce() {
    theFamily();
    world.registered(Guide.vasilisa().withContacts(Contacts.of("new@yandex.ru", Guide.VASILISA_PHONE, null)));
    assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).isFalse();
    world.registered(Guide.vasilisa());
    assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void aProfileChangeThatWouldCloseADiaryIsToldBeforeItIsSaved() {
    theFamily();
    ninaTrustedForAnton();
    Contacts newEmail = Contacts.of("new@yandex.ru", Guide.VASILISA_PHONE, null);
    assertThat(access.diariesClosedBy(VASILISA_ID, newEmail)).extracting(VisibleDiary::pupil)
        .containsExactly(ANTON, MASHA_RECORD);
    assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).as("nothing was saved").isTrue();
    assertThat(access.diariesClosedBy(VASILISA_ID, Contacts.of("MAIL@yandex.ru", "+7 (926) 123-45-67", null)))
        .as("the same contacts written otherwise").isEmpty();
    assertThat(access.diariesClosedBy(Guide.NINA_ID, Contacts.of("other@mail.ru", "+7 900 000-00-00", null)))
        .as("a trusted person's access does not hang on her contacts").isEmpty();
    assertThat(refusal(() -> access.diariesClosedBy(id("nobody"), newEmail))).containsExactly(ReasonCode.CITIZEN_UNKNOWN);
  }

  @Test
  void aPupilWhoLeftGivesNoAccess() {
    theFamily();
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()).withEnrolled(false));
    assertThat(access.decide(VASILISA_ID, ANTON).reasons()).containsExactly(ReasonCode.PUPIL_NOT_ENROLLED);
  }

  @Test
  void aStrangerAndAnUnknownPupilAreDenied() {
    theFamily();
    assertThat(access.decide(Guide.STRANGER_ID, ANTON).reasons()).containsExactly(ReasonCode.NO_ACCESS_BASIS);
    // An id that names nobody is answered as any record the citizen has no tie to.
    assertThat(access.decide(VASILISA_ID, org.diaryaccess.spi.id.PupilRecordId.of("nobody")).reasons())
        .containsExactly(ReasonCode.NO_ACCESS_BASIS);
    assertThat(access.decide(id("nobody"), ANTON).reasons()).containsExactly(ReasonCode.CITIZEN_UNKNOWN);
  }

  @Test
  void aProfileThatCannotMatchIsToldSo() {
    theFamily();
    world.registered(Guide.vasilisa().withContacts(Contacts.of(null, Guide.VASILISA_PHONE, null)));
    assertThat(access.decide(VASILISA_ID, ANTON).reasons())
        .containsExactly(ReasonCode.NO_ACCESS_BASIS, ReasonCode.PROFILE_NOT_READY);
  }
}
