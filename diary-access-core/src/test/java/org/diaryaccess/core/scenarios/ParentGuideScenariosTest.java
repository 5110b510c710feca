package org.diaryaccess.core.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.ANTON_CITIZEN_ID;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.diagnosis.Diagnosis;
import org.diaryaccess.core.invitation.Acceptance;
import org.diaryaccess.core.invitation.InvitationPreview;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.World;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guide for parents, end to end, one flow per test, with its own people: Василиса Иванченко
 * and her son Антон Кубарев, 9Б.
 */
class ParentGuideScenariosTest {
  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aParentWhoseProfileMatchesTheSchoolSeesHerChild() {
    // Step 1: Vasilisa registers with her full name, e-mail and mobile phone.
    world.registered(Guide.vasilisa());
    // Step 2: her profile holds every mandatory field.
    assertThat(world.access.readiness(VASILISA_ID).isReady()).isTrue();
    // Step 3: the school holds the same e-mail and phone, spelled its own way.
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));

    AccessDecision decision = world.access.decide(VASILISA_ID, ANTON);

    assertThat(decision).isEqualTo(new AccessDecision.Allowed(Basis.legalRepresentative()));
    assertThat(world.access.visibleDiaries(VASILISA_ID, PageRequest.first()).items())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.pupil()).isEqualTo(ANTON);
          assertThat(d.className()).isEqualTo("9Б");
          assertThat(d.name().fullName()).isEqualTo("Кубарев Антон Дмитриевич");
        });
  }

  @Test
  void aParentWhosePhoneDiffersIsDeniedToldWhyAndGivenTheCardForTheClassTeacher() {
    world.registered(Guide.vasilisa());
    // The school was given an old phone number.
    LegalRepresentative oldPhone = new LegalRepresentative(RepresentativeKind.MOTHER,
        PersonName.of("Иванченко", "Василиса"), Contacts.of("mail@yandex.ru", "+7 926 000-00-00", null));
    world.schoolHolds(Guide.antonRecord(oldPhone));

    assertThat(world.access.decide(VASILISA_ID, ANTON).reasons()).containsExactly(ReasonCode.NO_ACCESS_BASIS);

    Diagnosis diagnosis = world.access.diagnose(VASILISA_ID);
    assertThat(diagnosis.profileProblems()).isEmpty();
    assertThat(diagnosis.findings()).containsExactly(ReasonCode.MOBILE_PHONE_DIFFERS);
    assertThat(diagnosis.card().email()).isEqualTo("mail@yandex.ru");
    assertThat(diagnosis.card().mobilePhone()).isEqualTo("+7 926 123-45-67");
    assertThat(diagnosis.card().name().fullName()).isEqualTo("Иванченко Василиса Владимировна");

    // The class teacher enters the card: access follows at once, nothing else to do.
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    assertThat(world.access.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void aPupilWithHisOwnRegistrationSeesHisOwnDiary() {
    world.registered(Guide.antonCitizen()).schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));

    assertThat(world.access.decide(ANTON_CITIZEN_ID, ANTON))
        .isEqualTo(new AccessDecision.Allowed(Basis.self()));
  }

  @Test
  void aGrandmotherIsInvitedAcceptsIsProvisionedWithinTheDayAndSeesOnlyWhatWasShared() {
    world.registered(Guide.vasilisa(), Guide.nina())
        .schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    InvitationRequest form = InvitationRequest.byPhone(NINA_PHONE, "КУБАРЕВА", List.of(ANTON.value()))
        .withSections(EnumSet.of(DiarySection.GRADES, DiarySection.HOMEWORK));

    // «Проверка данных»: service, the grandmother's full name, the child's name and class.
    InvitationPreview preview = world.access.preview(VASILISA_ID, form);
    assertThat(preview.trustee().fullName()).isEqualTo("Кубарева Нина Петровна");
    assertThat(preview.children()).singleElement()
        .satisfies(c -> assertThat(c.name().fullName() + ", " + c.className()).isEqualTo("Кубарев Антон Дмитриевич, 9Б"));
    assertThat(world.access.invitationsSent(VASILISA_ID, Set.of(), PageRequest.first()).items()).isEmpty();

    // «Отправить»: pending, and the notice waits in the outbox until housekeeping delivers it.
    Invitation invitation = world.access.send(VASILISA_ID, form);
    assertThat(invitation.state()).isEqualTo(InvitationState.PENDING);
    assertThat(world.centre.inboxOf(NINA_ID)).isEmpty();
    world.access.housekeeping();
    assertThat(world.centre.inboxOf(NINA_ID)).singleElement()
        .satisfies(n -> assertThat(n.topic()).isEqualTo(Topic.INVITATION_RECEIVED));
    assertThat(world.access.invitationsReceived(NINA_ID, Set.of(InvitationState.PENDING), PageRequest.first()).items())
        .extracting(Invitation::id).containsExactly(invitation.id());

    // «Центр уведомлений»: she accepts; access is being opened.
    world.after(Duration.ofHours(2));
    Acceptance acceptance = world.access.accept(NINA_ID, invitation.id());
    assertThat(acceptance.grants()).singleElement()
        .satisfies(g -> assertThat(g.state()).isEqualTo(GrantState.PROVISIONING));
    assertThat(world.access.decide(NINA_ID, ANTON).reasons()).containsExactly(ReasonCode.GRANT_PROVISIONING);

    // Within the day the diary system confirms; she can read grades, not attendance.
    world.after(Duration.ofHours(3));
    assertThat(world.access.housekeeping().activatedGrants()).isEqualTo(1);
    AccessDecision grades = world.access.decide(NINA_ID, ANTON, DiarySection.GRADES);
    assertThat(grades.allowedBasis()).get().isInstanceOf(Basis.TrustedPerson.class);
    assertThat(world.access.decide(NINA_ID, ANTON, DiarySection.ATTENDANCE).reasons())
        .containsExactly(ReasonCode.SECTION_NOT_GRANTED);
    assertThat(world.centre.inboxOf(VASILISA_ID)).extracting(n -> n.topic()).contains(Topic.INVITATION_ACCEPTED);
    assertThat(world.access.whoCanSee(VASILISA_ID, ANTON, PageRequest.first()).items())
        .extracting(v -> v.citizen().value())
        .containsExactly(NINA_ID.value(), VASILISA_ID.value());

    // The trusted-persons page: Vasilisa revokes; the very next decision denies.
    var grant = acceptance.grants().get(0);
    world.access.revoke(VASILISA_ID, grant.id());
    assertThat(world.access.decide(NINA_ID, ANTON, DiarySection.GRADES).isAllowed()).isFalse();
    world.access.housekeeping();
    assertThat(world.centre.inboxOf(NINA_ID)).extracting(n -> n.topic()).contains(Topic.ACCESS_REVOKED);
    assertThat(world.diarySystem.closed()).containsExactly(grant.id());
  }

  @Test
  void aTrustedPersonCannotPassAccessOn() {
    world.registered(Guide.vasilisa(), Guide.nina(), Guide.nanny())
        .schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    Invitation invitation = world.access.send(VASILISA_ID,
        InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
    world.access.accept(NINA_ID, invitation.id());
    world.access.housekeeping();

    assertThatThrownBy(() -> world.access.send(NINA_ID,
        InvitationRequest.byPhone(Guide.NANNY_PHONE, "Соколова", List.of(ANTON.value()))))
        .isInstanceOfSatisfying(RefusedException.class,
            e -> assertThat(e.reasons()).containsExactly(ReasonCode.REDELEGATION_FORBIDDEN));
  }
}
