package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.ANTON_CITIZEN_ID;
import static org.diaryaccess.core.testing.Guide.DMITRY_ID;
import static org.diaryaccess.core.testing.Guide.NANNY_ID;
import static org.diaryaccess.core.testing.Guide.NANNY_PHONE;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.STRANGER_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.core.diagnosis.Diagnosis;
import org.diaryaccess.core.diagnosis.Diagnosis.GrantNote;
import org.diaryaccess.core.diagnosis.Diagnostician;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * R6, «Если войти в дневник не получилось», for every kind of person, starting from what they
 * have: the diaries open to them, access as a trusted person being opened or ended, a child who
 * left school or came of age; only then, for someone the school could list, what differs from the
 * school's data and the card for the class teacher — never revealing what the school holds.
 */
class R06DiagnosisTest extends RuleTest {
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private void schoolHoldsForVasilisa(String email, String phone, String snils) {
    world.schoolHolds(Guide.antonRecord(new LegalRepresentative(RepresentativeKind.MOTHER,
        PersonName.of("Иванченко", "Василиса"), Contacts.of(email, phone, snils))));
  }

  /** Step 3 of the guide: the school holds other contacts than the profile, so the parent goes to the class teacher. */
  @Nested
  class AParentTheSchoolHoldsWrongly {
    @Test
    void theSchoolHoldsADifferentEmail() {
      world.registered(Guide.vasilisa());
      schoolHoldsForVasilisa("old@yandex.ru", Guide.VASILISA_PHONE, null);
      Diagnosis diagnosis = access.diagnose(VASILISA_ID);
      assertThat(diagnosis.findings()).containsExactly(ReasonCode.EMAIL_DIFFERS);
      assertThat(diagnosis.visibleDiaries()).isZero();
      assertThat(diagnosis.classTeacherCard()).hasValueSatisfying(card -> {
        assertThat(card.email()).isEqualTo("mail@yandex.ru");
        assertThat(card.mobilePhone()).isEqualTo("+7 926 123-45-67");
      });
    }

    @Test
    void theSchoolHoldsADifferentSnils() {
      world.registered(Guide.vasilisa());
      schoolHoldsForVasilisa(Guide.VASILISA_EMAIL, Guide.VASILISA_PHONE, "112-233-445 95");
      assertThat(access.diagnose(VASILISA_ID).findings()).containsExactly(ReasonCode.SNILS_DIFFERS);
    }

    @Test
    void missingProfileFieldsAreNamedAndTheCardHoldsWhatTheProfileHolds() {
      world.registered(Guide.vasilisa().withContacts(Contacts.of(null, "8 926 123 45 67", null)));
      schoolHoldsForVasilisa(Guide.VASILISA_EMAIL, Guide.VASILISA_PHONE, null);

      Diagnosis diagnosis = access.diagnose(VASILISA_ID);
      assertThat(diagnosis.profileProblems())
          .containsExactly(new FieldProblem(ContactField.EMAIL, ReasonCode.EMAIL_MISSING));
      assertThat(diagnosis.findings()).isEmpty();
      assertThat(diagnosis.card()).isNotNull();
      assertThat(diagnosis.card().email()).isNull();
      assertThat(diagnosis.card().mobilePhone()).isEqualTo("+7 926 123-45-67");
      assertThat(diagnosis.card().toString()).doesNotContain("926").doesNotContain("123-45");
    }

    @Test
    void someoneWhoMatchesNoIdentifierLearnsNothingAboutTheSchool() {
      world.registered(Guide.vasilisa(), Guide.stranger());
      schoolHoldsForVasilisa("old@yandex.ru", Guide.VASILISA_PHONE, null);

      Diagnosis stranger = access.diagnose(STRANGER_ID);
      assertThat(stranger.findings()).containsExactly(ReasonCode.NO_SCHOOL_DATA_FOR_CONTACTS);
      assertThat(stranger.classTeacherCard()).as("he could be a parent the school holds wrongly").isPresent();
      // The same answer as on an empty register: nothing confirms an entry exists.
      world.schoolHolds(Guide.antonRecord());
      assertThat(access.diagnose(STRANGER_ID)).isEqualTo(stranger);
    }

    @Test
    void aRecordThatIsClosedConfirmsNothingToSomeoneItDoesNotList() {
      world.registered(Guide.stranger());
      Diagnosis onEmptyRegister = access.diagnose(STRANGER_ID);
      // A child who left school, his mother holding the stranger's phone but another e-mail.
      world.schoolHolds(Guide.antonRecord(new LegalRepresentative(RepresentativeKind.MOTHER,
          PersonName.of("Петрова", "Анна"), Contacts.of("anna@mail.ru", "+7 999 000-11-22", null))).withEnrolled(false));
      assertThat(access.diagnose(STRANGER_ID)).isEqualTo(onEmptyRegister);
    }
  }

  @Nested
  class AParentTheSchoolHoldsRightly {
    @Test
    void seesHerDiariesAndIsNotSentToTheClassTeacher() {
      theFamily();
      Diagnosis diagnosis = access.diagnose(VASILISA_ID);
      assertThat(diagnosis.openDiaries()).extracting(VisibleDiary::pupil).containsExactly(ANTON, MASHA_RECORD);
      assertThat(diagnosis.openDiaries()).allMatch(d -> d.basis() instanceof Basis.LegalRepresentative);
      assertThat(diagnosis.visibleDiaries()).isEqualTo(2);
      assertThat(diagnosis.findings()).isEmpty();
      assertThat(diagnosis.classTeacherCard()).isEmpty();
    }

    @Test
    void whoseSonLeftTheSchoolIsToldSoAndNothingAboutHerContacts() {
      theFamily();
      world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()).withEnrolled(false));
      Diagnosis diagnosis = access.diagnose(VASILISA_ID);

      assertThat(diagnosis.schoolNotes()).singleElement().satisfies(note -> {
        assertThat(note.pupil()).isEqualTo(ANTON);
        assertThat(note.reason()).isEqualTo(ReasonCode.PUPIL_NOT_ENROLLED);
        assertThat(note.ownRecord()).isFalse();
        assertThat(note.words().in(RUSSIAN))
            .isEqualTo("Школа указала, что Антон Кубарев больше не учится в ней, поэтому дневник закрыт.");
      });
      assertThat(diagnosis.openDiaries()).extracting(VisibleDiary::pupil).containsExactly(MASHA_RECORD);
      assertThat(diagnosis.findings()).isEmpty();
    }

    @Test
    void whoseSonCameOfAgeIsToldSo() {
      theFamily();
      world.clock.set(Instant.parse("2029-03-16T09:00:00Z"));
      Diagnosis diagnosis = access.diagnose(VASILISA_ID);
      assertThat(diagnosis.schoolNotes()).singleElement().satisfies(note -> {
        assertThat(note.reason()).isEqualTo(ReasonCode.PUPIL_OF_AGE);
        assertThat(note.words().in(RUSSIAN)).isEqualTo("У Антона Кубарева наступило совершеннолетие, поэтому доступ "
            + "законного представителя к дневнику прекращён.");
      });
    }
  }

  @Nested
  class APupil {
    @Test
    void whoLeftTheSchoolIsToldSo() {
      theFamily();
      world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()).withEnrolled(false));
      Diagnosis diagnosis = access.diagnose(ANTON_CITIZEN_ID);
      assertThat(diagnosis.schoolNotes()).singleElement().satisfies(note -> {
        assertThat(note.ownRecord()).isTrue();
        assertThat(note.words().in(RUSSIAN))
            .isEqualTo("Школа указала, что вы больше не учитесь в ней, поэтому ваш дневник закрыт.");
      });
      assertThat(diagnosis.classTeacherCard()).isEmpty();
    }
  }

  /** The guide's last step: after acceptance, access opens within a day — and the grandmother is never sent to the school. */
  @Nested
  class ATrustedPerson {
    @Test
    void withAnOpenDiaryIsToldSoAndNotSentToTheClassTeacher() {
      theFamily();
      ninaTrustedForAnton();
      Diagnosis diagnosis = access.diagnose(NINA_ID);

      assertThat(diagnosis.openDiaries()).singleElement().satisfies(d -> {
        assertThat(d.pupil()).isEqualTo(ANTON);
        assertThat(d.basis()).isInstanceOf(Basis.TrustedPerson.class);
      });
      assertThat(diagnosis.isTrustedPerson()).isTrue();
      assertThat(diagnosis.findings()).as("the school has no reason to hold her contacts").isEmpty();
      assertThat(diagnosis.profileProblems()).isEmpty();
      assertThat(diagnosis.classTeacherCard()).isEmpty();
    }

    @Test
    void whoseAccessIsBeingOpenedIsToldByWhenAndThenThatItIsLate() {
      theFamily();
      world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
      Grant grant = access.accept(NINA_ID, vasilisaInvitesNina(ANTON).id()).grants().get(0);
      access.housekeeping();

      GrantNote opening = access.diagnose(NINA_ID).trustedAccess().get(0);
      assertThat(opening.grant()).isEqualTo(grant.id());
      assertThat(opening.kind()).isEqualTo(GrantNote.Kind.OPENING);
      assertThat(opening.opensBy()).isEqualTo(grant.provisioningDeadline());
      assertThat(opening.words().in(RUSSIAN)).isEqualTo("Вы приняли приглашение к дневнику Антона Кубарева "
          + "1 сентября 2026. Система дневника откроет доступ до 2 сентября 2026, 09:00.");
      assertThat(access.diagnose(NINA_ID).classTeacherCard()).isEmpty();

      world.after(Duration.ofHours(25));
      GrantNote late = access.diagnose(NINA_ID).trustedAccess().get(0);
      assertThat(late.kind()).isEqualTo(GrantNote.Kind.OPENING_LATE);
      assertThat(late.words().in(RUSSIAN)).contains("не открыт в обещанные сутки", "Служба поддержки портала")
          .doesNotContain("классному руководителю");
    }

    @Test
    void whoseAccessWasRevokedIsToldByWhomAndHowToSeeItAgain() {
      theFamily();
      access.revoke(VASILISA_ID, ninaTrustedForAnton().id());
      Diagnosis diagnosis = access.diagnose(NINA_ID);

      assertThat(diagnosis.openDiaries()).isEmpty();
      assertThat(diagnosis.trustedAccess()).singleElement().satisfies(note -> {
        assertThat(note.kind()).isEqualTo(GrantNote.Kind.REVOKED);
        assertThat(note.words().in(RUSSIAN)).isEqualTo("Василиса Владимировна отозвала ваш доступ к дневнику "
            + "Антона Кубарева. Чтобы снова видеть дневник, нужно новое приглашение от законного представителя ребёнка.");
        assertThat(note.words().in(Locale.ENGLISH)).startsWith("Василиса Владимировна Иванченко revoked your access");
      });
      assertThat(diagnosis.classTeacherCard()).isEmpty();

      // Invited again and open: the old revocation is history, not news.
      ninaTrustedForAnton();
      assertThat(access.diagnose(NINA_ID).trustedAccess()).isEmpty();
    }

    @Test
    void whoGaveUpAccessIsRemindedSo() {
      theFamily();
      access.renounce(NINA_ID, ninaTrustedForAnton().id());
      assertThat(access.diagnose(NINA_ID).trustedAccess()).singleElement().satisfies(note -> {
        assertThat(note.kind()).isEqualTo(GrantNote.Kind.RENOUNCED);
        assertThat(note.words().in(RUSSIAN)).startsWith("Вы отказались от доступа к дневнику Антона Кубарева.");
      });
    }

    @Test
    void whoseAccessEndedOnItsOwnIsToldWhyEvenBeforeTheSweep() {
      theFamily();
      ninaTrustedForAnton();
      // The school no longer lists the mother who invited her: the grant stands no more.
      world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim()));
      assertThat(access.diagnose(NINA_ID).trustedAccess()).singleElement().satisfies(note -> {
        assertThat(note.kind()).isEqualTo(GrantNote.Kind.ENDED);
        assertThat(note.reason()).isEqualTo(TerminationReason.GRANTOR_NOT_REPRESENTATIVE);
        assertThat(note.words().in(RUSSIAN)).startsWith("Ваш доступ к дневнику Антона Кубарева прекращён: школа больше "
            + "не указывает пригласившего вас законным представителем.");
      });
      access.housekeeping();
      assertThat(access.diagnose(NINA_ID).trustedAccess()).as("the same once recorded")
          .extracting(GrantNote::reason).containsExactly(TerminationReason.GRANTOR_NOT_REPRESENTATIVE);
    }

    @Test
    void whoseAccessEndedLongAgoIsNotToldOfItAnyMore() {
      theFamily();
      access.send(VASILISA_ID, byPhone(Guide.NINA_PHONE, "Кубарева", ANTON).withEndDate(LocalDate.of(2026, 9, 10)));
      access.accept(NINA_ID, access.invitationsReceived(NINA_ID, Set.of(), PageRequest.first()).items().get(0).id());
      access.housekeeping();
      world.clock.set(Instant.parse("2026-09-12T09:00:00Z"));
      access.housekeeping();
      assertThat(access.diagnose(NINA_ID).trustedAccess()).extracting(GrantNote::reason)
          .containsExactly(TerminationReason.END_DATE_PASSED);

      world.after(Diagnostician.ENDED_SHOWN_FOR.plusDays(1));
      Diagnosis later = access.diagnose(NINA_ID);
      assertThat(later.trustedAccess()).isEmpty();
      assertThat(later.classTeacherCard()).as("no tie left: she could be a parent the school holds wrongly").isPresent();
    }

    @Test
    void whoIsInvitedAndHasNotAnsweredIsNotSentToTheClassTeacher() {
      theFamily();
      access.send(VASILISA_ID, byPhone(NANNY_PHONE, "Соколова", ANTON));
      Diagnosis diagnosis = access.diagnose(NANNY_ID);
      assertThat(diagnosis.findings()).isEmpty();
      assertThat(diagnosis.classTeacherCard()).isEmpty();
    }
  }

  @Test
  void theFatherOfTwoSeesBothAndAStrangerNothing() {
    theFamily();
    assertThat(access.diagnose(DMITRY_ID).visibleDiaries()).isEqualTo(2);
    Diagnosis stranger = access.diagnose(STRANGER_ID);
    assertThat(stranger.openDiaries()).isEmpty();
    assertThat(stranger.trustedAccess()).isEmpty();
    assertThat(stranger.schoolNotes()).isEmpty();
    assertThat(stranger.findings()).containsExactly(ReasonCode.NO_SCHOOL_DATA_FOR_CONTACTS);
  }

  @Test
  void unknownCitizensAreRefused() {
    assertThat(refusal(() -> access.diagnose(id("nobody")))).containsExactly(ReasonCode.CITIZEN_UNKNOWN);
  }
}
