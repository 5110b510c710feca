package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.MASHA;
import static org.diaryaccess.core.testing.Guide.NANNY_PHONE;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diaryaccess.core.invitation.InvitationPreview;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.junit.jupiter.api.Test;

/** R7: who may invite whom; every refusal has its own reason code. */
class R07InvitationTest extends RuleTest {

  @Override
  protected AccessSettings settings() {
    return AccessSettings.defaults().withTrustedPersonsPerChild(3).withInvitationsPerDay(5);
  }

  private Citizen person(String id, String surname, String phone, LocalDate born) {
    Citizen citizen = new Citizen(CitizenId.of(id), PersonName.of(surname, "Имя"), born, null,
        Contacts.of(id + "@mail.ru", phone, null));
    world.registered(citizen);
    return citizen;
  }

  @Test
  void thePreviewShowsServiceTrustedPersonAndChildrenAndStoresNothing() {
    theFamily();
    InvitationPreview preview = access.preview(VASILISA_ID, byPhone(NINA_PHONE, "кубарева", ANTON, MASHA));

    assertThat(preview.service()).isEqualTo(Service.E_DIARY);
    assertThat(preview.trustee().fullName()).isEqualTo("Кубарева Нина Петровна");
    assertThat(preview.children()).extracting(c -> c.name().fullName() + ", " + c.className())
        .containsExactly("Кубарев Антон Дмитриевич, 9Б", "Кубарева Мария Дмитриевна, 3А");
    assertThat(preview.sections()).isEqualTo(Service.E_DIARY.sections());
    assertThat(access.invitationsReceived(NINA_ID, Set.of(), PageRequest.first()).items()).isEmpty();
    assertThat(world.store().outbox().undelivered()).isZero();
  }

  @Test
  void oneInvitationForAllChosenChildrenIsStoredAsPending() {
    theFamily();
    Invitation invitation = access.send(VASILISA_ID,
        byPhone(NINA_PHONE, "Кубарева", ANTON, MASHA).withSections(EnumSet.of(DiarySection.GRADES))
            .withEndDate(LocalDate.of(2027, 5, 31)));

    assertThat(invitation.state()).isEqualTo(InvitationState.PENDING);
    assertThat(invitation.pupils()).containsExactly(ANTON, MASHA);
    assertThat(invitation.sections()).containsExactly(DiarySection.GRADES);
    assertThat(invitation.endDate()).isEqualTo(LocalDate.of(2027, 5, 31));
    assertThat(invitation.expiresAt()).isEqualTo(invitation.sentAt().plus(Duration.ofDays(30)));
    assertThat(world.store().outbox().undelivered()).isEqualTo(1);
  }

  @Test
  void theTrustedPersonMayBeNamedBySnils() {
    theFamily();
    Invitation invitation = access.send(VASILISA_ID,
        InvitationRequest.bySnils("11223344595", "Кубарева", ids(ANTON)));
    assertThat(invitation.invitee()).isEqualTo(NINA_ID);
  }

  @Test
  void aWrongSurnameAndAnUnknownPhoneGetTheSameAnswer() {
    theFamily();
    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone(NINA_PHONE, "Иванова", ANTON))))
        .containsExactly(ReasonCode.INVITEE_NOT_FOUND);
    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone("+7 999 999-99-99", "Кубарева", ANTON))))
        .containsExactly(ReasonCode.INVITEE_NOT_FOUND);
  }

  @Test
  void twoPeopleWithThePhoneAndSurnameAreNotGuessedBetween() {
    theFamily();
    person("twin", "Кубарева", NINA_PHONE, LocalDate.of(1960, 1, 1));
    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON))))
        .containsExactly(ReasonCode.INVITEE_NOT_FOUND);
  }

  @Test
  void onlyARepresentativeOfEveryChosenChildMayInvite() {
    theFamily();
    world.schoolHolds(Guide.mashaRecord(Guide.dmitryAsTheSchoolHoldsHim()));
    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON, MASHA))))
        .containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
    assertThat(refusal(() -> access.send(Guide.STRANGER_ID, byPhone(NINA_PHONE, "Кубарева", ANTON))))
        .containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
    assertThat(refusal(() -> access.send(VASILISA_ID,
        InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of("no-such-pupil")))))
        .containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
  }

  @Test
  void someoneElsesTrustedPersonIsNotARepresentativeButNoRedelegatorEither() {
    theFamily();
    access.accept(NINA_ID, access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON)).id());

    // Nina's grant is hers: the stranger, who holds none, is simply not a representative.
    assertThat(refusal(() -> access.send(Guide.STRANGER_ID, byPhone(Guide.NANNY_PHONE, "Соколова", ANTON))))
        .containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
    assertThat(refusal(() -> access.send(NINA_ID, byPhone(Guide.NANNY_PHONE, "Соколова", ANTON))))
        .containsExactly(ReasonCode.REDELEGATION_FORBIDDEN);
  }

  @Test
  void aPendingInvitationCountsOnlyForItsOwnChildrenWhileItIsOpen() {
    theFamily();
    access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", MASHA));

    assertThat(access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON)).pupils()).containsExactly(ANTON);
    world.after(Duration.ofDays(31));
    assertThat(access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", MASHA)).pupils()).containsExactly(MASHA);
  }

  @Test
  void invitingOneself() {
    theFamily();
    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone(Guide.VASILISA_PHONE, "Иванченко", ANTON))))
        .contains(ReasonCode.INVITING_SELF);
  }

  @Test
  void invitingTheChild() {
    theFamily();
    // Anton is also 15: both reasons apply and both are reported.
    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone("+7 916 765-43-21", "Кубарев", ANTON))))
        .containsExactly(ReasonCode.INVITING_PUPIL, ReasonCode.INVITEE_MINOR);
  }

  @Test
  void invitingTheOtherParent() {
    theFamily();
    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone("+7 925 222-33-44", "Кубарев", ANTON))))
        .containsExactly(ReasonCode.INVITEE_IS_REPRESENTATIVE);
  }

  @Test
  void invitingAMinor() {
    theFamily();
    person("cousin", "Сидоров", "+7 903 555-00-11", LocalDate.of(2010, 1, 1));
    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone("+7 903 555-00-11", "Сидоров", ANTON))))
        .containsExactly(ReasonCode.INVITEE_MINOR);
    // Of age on the 18th birthday, where the date of birth is known; unknown is no bar.
    world.clock.set(java.time.Instant.parse("2028-01-01T09:00:00Z"));
    assertThat(access.send(VASILISA_ID, byPhone("+7 903 555-00-11", "Сидоров", ANTON)).state())
        .isEqualTo(InvitationState.PENDING);
  }

  @Test
  void aSecondPendingInvitationForTheSameChildAndPerson() {
    theFamily();
    vasilisaInvitesNina(ANTON);
    assertThat(refusal(() -> access.send(Guide.DMITRY_ID, byPhone(NINA_PHONE, "Кубарева", ANTON, MASHA))))
        .containsExactly(ReasonCode.ALREADY_INVITED);
  }

  @Test
  void aPersonWhoAlreadyHasALiveGrant() {
    theFamily();
    ninaTrustedForAnton();
    assertThat(refusal(() -> vasilisaInvitesNina(ANTON))).containsExactly(ReasonCode.ALREADY_GRANTED);
  }

  @Test
  void morePersonsPerChildThanTheLimit() {
    theFamily();
    vasilisaInvitesNina(ANTON);
    access.send(VASILISA_ID, byPhone(NANNY_PHONE, "Соколова", ANTON));
    person("tutor", "Репетитор", "+7 903 777-88-99", LocalDate.of(1970, 1, 1));
    access.send(VASILISA_ID, byPhone("+7 903 777-88-99", "Репетитор", ANTON));
    person("aunt", "Тётя", "+7 903 777-88-00", LocalDate.of(1970, 1, 1));

    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone("+7 903 777-88-00", "Тетя", ANTON))))
        .containsExactly(ReasonCode.TRUSTED_PERSON_LIMIT);
    // Masha has room.
    assertThat(access.send(VASILISA_ID, byPhone("+7 903 777-88-00", "Тётя", MASHA)).state())
        .isEqualTo(InvitationState.PENDING);
  }

  @Test
  void moreInvitationsIn24HoursThanTheDailyLimit() {
    theFamily();
    for (int i = 0; i < 5; i++) {
      person("p" + i, "Друг", "+7 903 100-00-0" + i, LocalDate.of(1970, 1, 1));
      Invitation sent = access.send(VASILISA_ID, byPhone("+7 903 100-00-0" + i, "Друг", i % 2 == 0 ? ANTON : MASHA));
      // Cancelled invitations still count: the limit is on sending.
      access.cancel(VASILISA_ID, sent.id());
    }
    person("p9", "Друг", "+7 903 100-00-09", LocalDate.of(1970, 1, 1));
    assertThat(refusal(() -> access.send(VASILISA_ID, byPhone("+7 903 100-00-09", "Друг", ANTON))))
        .containsExactly(ReasonCode.DAILY_INVITATION_LIMIT);
    world.after(Duration.ofHours(24).plusMinutes(1));
    assertThat(access.send(VASILISA_ID, byPhone("+7 903 100-00-09", "Друг", ANTON)).state())
        .isEqualTo(InvitationState.PENDING);
  }

  @Test
  void aPersonWhoKeepsDecliningIsLeftAloneForThirtyDaysFromTheDeclineThatReachedTheLimit() {
    theFamily();
    // Declines on days 0, 1 and 2: the third reaches the limit and starts the cooldown.
    for (int i = 0; i < 3; i++) {
      Invitation invitation = vasilisaInvitesNina(ANTON);
      access.decline(NINA_ID, invitation.id());
      world.after(Duration.ofDays(1));
    }
    assertThat(refusal(() -> vasilisaInvitesNina(ANTON))).containsExactly(ReasonCode.DECLINE_COOLDOWN);
    // Another child, or another inviter, is not affected.
    assertThat(vasilisaInvitesNina(MASHA).state()).isEqualTo(InvitationState.PENDING);
    // Day 31: the decline of day 0 is past thirty days, but the cooldown runs from day 2.
    world.after(Duration.ofDays(28));
    assertThat(refusal(() -> vasilisaInvitesNina(ANTON))).containsExactly(ReasonCode.DECLINE_COOLDOWN);
    // Day 32 and a minute: thirty days from the third decline have passed.
    world.after(Duration.ofDays(1).plusMinutes(1));
    assertThat(vasilisaInvitesNina(ANTON).state()).isEqualTo(InvitationState.PENDING);
  }

  @Test
  void aTrustedPersonCannotInvite() {
    theFamily();
    ninaTrustedForAnton();
    assertThat(refusal(() -> access.send(NINA_ID, byPhone(NANNY_PHONE, "Соколова", ANTON))))
        .containsExactly(ReasonCode.REDELEGATION_FORBIDDEN);
  }

  @Test
  void reasonsThatApplyTogetherAreReportedTogether() {
    theFamily();
    vasilisaInvitesNina(ANTON);
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim(),
        new org.diaryaccess.spi.school.LegalRepresentative(org.diaryaccess.spi.school.RepresentativeKind.GUARDIAN,
            PersonName.of("Кубарева", "Нина"), Guide.nina().contacts())));
    assertThat(refusal(() -> access.send(Guide.DMITRY_ID, byPhone(NINA_PHONE, "Кубарева", ANTON))))
        .containsExactly(ReasonCode.INVITEE_IS_REPRESENTATIVE, ReasonCode.ALREADY_INVITED);
  }

  @Test
  void theFormIsValidatedFirst() {
    theFamily();
    InvitationRequest both = new InvitationRequest(Service.E_DIARY, ids(ANTON), NINA_PHONE, "11223344595",
        "Кубарева", null, null);
    InvitationRequest neither = new InvitationRequest(Service.E_DIARY, ids(ANTON), null, null, "Кубарева", null, null);
    assertThat(invalid(() -> access.send(VASILISA_ID, both))).containsExactly(ReasonCode.PHONE_OR_SNILS_REQUIRED);
    assertThat(invalid(() -> access.send(VASILISA_ID, neither))).containsExactly(ReasonCode.PHONE_OR_SNILS_REQUIRED);
    assertThat(invalid(() -> access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of()))))
        .containsExactly(ReasonCode.NO_CHILDREN_SELECTED);
    assertThat(invalid(() -> access.send(VASILISA_ID, byPhone(NINA_PHONE, " ", ANTON))))
        .containsExactly(ReasonCode.REQUIRED);
    assertThat(invalid(() -> access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON).withSections(Set.of()))))
        .containsExactly(ReasonCode.NO_SECTIONS_SELECTED);
    assertThat(invalid(() -> access.send(VASILISA_ID,
        byPhone(NINA_PHONE, "Кубарева", ANTON).withEndDate(LocalDate.of(2026, 8, 31)))))
        .containsExactly(ReasonCode.END_DATE_IN_PAST);
    assertThat(invalid(() -> access.send(VASILISA_ID, byPhone(NINA_PHONE, "Куба\u202eрева", ANTON))))
        .containsExactly(ReasonCode.FORBIDDEN_CHARACTERS);
    assertThat(invalid(() -> access.send(VASILISA_ID, null))).containsExactly(ReasonCode.REQUIRED);
  }
}
