package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.DMITRY_ID;
import static org.diaryaccess.core.testing.Guide.MASHA;
import static org.diaryaccess.core.testing.Guide.NANNY_ID;
import static org.diaryaccess.core.testing.Guide.NANNY_PHONE;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.delivery.Notice;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R8, R9 and R11 as the people concerned are told them: every change a person must know comes as
 * a notice worded by the library, in Russian and English, naming the counterpart and the child as
 * the recipient knows them — the child «Антон» to his mother, «Антон Кубарев» to his grandmother —
 * and nobody the recipient has no right to know. Access opening is a notice too.
 */
class R11NoticeWordsTest extends RuleTest {
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  @BeforeEach
  void family() {
    theFamily();
  }

  /** What the citizen's latest notice of a topic says, in a language. */
  private String said(CitizenId recipient, Topic topic, Locale locale) {
    access.housekeeping();
    List<Notice> notices = world.centre.inboxOf(recipient).stream().filter(n -> n.topic() == topic).toList();
    assertThat(notices).as("%s for %s", topic, recipient).isNotEmpty();
    return notices.get(notices.size() - 1).text().in(locale);
  }

  private String said(CitizenId recipient, Topic topic) {
    return said(recipient, topic, RUSSIAN);
  }

  private Invitation vasilisaInvitesNinaForGradesAndHomework() {
    return access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON)
        .withSections(EnumSet.of(DiarySection.GRADES, DiarySection.HOMEWORK)).withEndDate(LocalDate.of(2027, 5, 31)));
  }

  private Grant ninaOpenedForAnton() {
    Grant grant = access.accept(NINA_ID, vasilisaInvitesNinaForGradesAndHomework().id()).grants().get(0);
    access.housekeeping();
    return grant;
  }

  @Test
  void theGrandmotherIsInvitedByNameForTheChildByNameWithWhatIsSharedAndUntilWhen() {
    vasilisaInvitesNinaForGradesAndHomework();

    assertThat(said(NINA_ID, Topic.INVITATION_RECEIVED)).isEqualTo("Василиса Владимировна Иванченко приглашает вас "
        + "стать доверенным лицом и видеть электронный дневник Антона Кубарева: оценки, домашние задания, "
        + "до 31 мая 2027 включительно. Ответить можно до 1 октября 2026.");
    assertThat(said(NINA_ID, Topic.INVITATION_RECEIVED, Locale.ENGLISH)).isEqualTo("Василиса Владимировна Иванченко "
        + "invites you to be a trusted person and see the e-diary of Антон Кубарев: grades, homework, until 31 May "
        + "2027 inclusive. You can answer until 1 October 2026.");
  }

  @Test
  void theMotherHearsOfTheAcceptanceAndBothHearWhenAccessOpens() {
    world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
    Grant grant = access.accept(NINA_ID, vasilisaInvitesNinaForGradesAndHomework().id()).grants().get(0);

    assertThat(said(VASILISA_ID, Topic.INVITATION_ACCEPTED)).isEqualTo("Нина Петровна Кубарева приняла ваше "
        + "приглашение стать доверенным лицом для дневника Антона. Доступ будет открыт в течение суток.");
    assertThat(world.centre.notices()).as("nobody is told access opened before it did")
        .noneMatch(n -> n.topic() == Topic.ACCESS_OPENED);

    access.confirmProvisioning(grant.id());
    assertThat(said(NINA_ID, Topic.ACCESS_OPENED))
        .isEqualTo("Вам открыт доступ к дневнику Антона Кубарева: оценки, домашние задания, до 31 мая 2027 включительно.");
    assertThat(said(VASILISA_ID, Topic.ACCESS_OPENED)).isEqualTo("Нина Петровна Кубарева получила доступ к дневнику "
        + "Антона: оценки, домашние задания, до 31 мая 2027 включительно.");
    assertThat(said(VASILISA_ID, Topic.ACCESS_OPENED, Locale.ENGLISH)).isEqualTo("Нина Петровна Кубарева now has "
        + "access to the diary of Антон: grades, homework, until 31 May 2027 inclusive.");
    assertThat(world.centre.notices()).filteredOn(n -> n.topic() == Topic.ACCESS_OPENED).as("once each")
        .extracting(Notice::recipient).containsExactlyInAnyOrder(NINA_ID, VASILISA_ID);
  }

  @Test
  void aRevocationNamesWhoRevokedToTheGrandmotherAndToTheMother() {
    Grant grant = ninaOpenedForAnton();
    access.revoke(VASILISA_ID, grant.id());

    assertThat(said(NINA_ID, Topic.ACCESS_REVOKED)).isEqualTo("Василиса Владимировна отозвала ваш доступ к дневнику "
        + "Антона Кубарева.");
    assertThat(said(VASILISA_ID, Topic.ACCESS_REVOKED)).isEqualTo("Вы отозвали доступ Нины Петровны Кубаревой к "
        + "дневнику Антона.");
    assertThat(said(NINA_ID, Topic.ACCESS_REVOKED, Locale.ENGLISH))
        .isEqualTo("Василиса Владимировна Иванченко revoked your access to the diary of Антон Кубарев.");
  }

  @Test
  void whenTheFatherRevokesTheMotherIsToldHeDid() {
    Grant grant = ninaOpenedForAnton();
    access.revoke(DMITRY_ID, grant.id());

    assertThat(said(NINA_ID, Topic.ACCESS_REVOKED)).isEqualTo("Дмитрий Сергеевич отозвал ваш доступ к дневнику "
        + "Антона Кубарева.");
    assertThat(said(VASILISA_ID, Topic.ACCESS_REVOKED)).isEqualTo("Дмитрий Сергеевич Кубарев отозвал доступ Нины "
        + "Петровны Кубаревой к дневнику Антона.");
  }

  @Test
  void aRenunciationAndAnEndDateAreToldInTheirOwnWords() {
    Grant renounced = ninaOpenedForAnton();
    access.renounce(NINA_ID, renounced.id());
    assertThat(said(VASILISA_ID, Topic.ACCESS_RENOUNCED))
        .isEqualTo("Нина Петровна Кубарева отказалась от доступа к дневнику Антона.");

    ninaOpenedForAnton();
    world.clock.set(Instant.parse("2027-06-01T06:00:00Z"));
    assertThat(said(NINA_ID, Topic.ACCESS_ENDED))
        .isEqualTo("Ваш доступ к дневнику Антона Кубарева прекращён: закончился срок, на который он был открыт.");
    assertThat(said(VASILISA_ID, Topic.ACCESS_ENDED))
        .isEqualTo("Доступ Нины Петровны Кубаревой к дневнику Антона прекращён: истёк срок, который вы указали.");
    assertThat(said(VASILISA_ID, Topic.ACCESS_ENDED, Locale.ENGLISH)).isEqualTo("The access of Нина Петровна "
        + "Кубарева to the diary of Антон has ended: the end date you set has passed.");
  }

  @Test
  void theChildLeavingSchoolIsToldToBothInTheirWords() {
    ninaOpenedForAnton();
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()).withEnrolled(false));
    assertThat(said(NINA_ID, Topic.ACCESS_ENDED))
        .isEqualTo("Ваш доступ к дневнику Антона Кубарева прекращён: ученик больше не числится в школе.");
    assertThat(said(VASILISA_ID, Topic.ACCESS_ENDED))
        .isEqualTo("Доступ Нины Петровны Кубаревой к дневнику Антона прекращён: Антон больше не числится в школе.");
  }

  @Test
  void aDeclineAndAnExpiryNameOnlyTheInvitersOwnChild() {
    access.decline(NINA_ID, vasilisaInvitesNinaForGradesAndHomework().id());
    String declined = said(VASILISA_ID, Topic.INVITATION_DECLINED);
    assertThat(declined).isEqualTo("Ваше приглашение стать доверенным лицом для дневника Антона отклонено.");

    access.send(VASILISA_ID, byPhone(NANNY_PHONE, "Соколова", ANTON, MASHA));
    world.after(access.settings().invitationLifetime().plus(Duration.ofMinutes(1)));
    String expired = said(VASILISA_ID, Topic.INVITATION_EXPIRED);
    assertThat(expired).isEqualTo("Ваше приглашение стать доверенным лицом для дневника Антона и Марии не принято в "
        + "срок и больше не действует. Можно отправить новое.");
    for (String words : List.of(declined, expired, said(VASILISA_ID, Topic.INVITATION_DECLINED, Locale.ENGLISH))) {
      assertThat(words).doesNotContain("Нин", "Соколов", "Ольг", "Кубарев");
    }
  }

  @Test
  void aCancellationNamesTheInviterAndBothChildren() {
    Invitation both = access.send(VASILISA_ID, byPhone(NANNY_PHONE, "Соколова", ANTON, MASHA));
    assertThat(said(NANNY_ID, Topic.INVITATION_RECEIVED)).contains("электронный дневник Антона Кубарева и Марии "
        + "Кубаревой: оценки, домашние задания, посещаемость, расписание, комментарии учителей.");
    access.cancel(VASILISA_ID, both.id());
    assertThat(said(NANNY_ID, Topic.INVITATION_CANCELLED)).isEqualTo("Василиса Владимировна Иванченко отменила "
        + "приглашение стать доверенным лицом для дневника Антона Кубарева и Марии Кубаревой.");
  }

  @Test
  void whereNothingTellsAGenderTheRoleStandsInAndTheVerbAgreesWithIt() {
    CitizenId sasha = CitizenId.of("citizen-sasha");
    world.registered(new Citizen(sasha, PersonName.of("Шевчук", "Саша"), LocalDate.of(1990, 1, 1), null,
        Contacts.of("sasha@mail.ru", "+7 916 000-11-22", null)));
    Grant grant = access.accept(sasha, access.send(VASILISA_ID, byPhone("+7 916 000-11-22", "Шевчук", ANTON)).id())
        .grants().get(0);

    assertThat(said(VASILISA_ID, Topic.INVITATION_ACCEPTED)).startsWith("Доверенное лицо (Саша Шевчук) приняло ваше "
        + "приглашение стать доверенным лицом для дневника Антона.");
    assertThat(said(VASILISA_ID, Topic.ACCESS_OPENED)).startsWith("Доверенное лицо (Саша Шевчук) получило доступ к "
        + "дневнику Антона:");
    access.revoke(VASILISA_ID, grant.id());
    assertThat(said(VASILISA_ID, Topic.ACCESS_REVOKED))
        .isEqualTo("Вы отозвали доступ доверенного лица (Саша Шевчук) к дневнику Антона.");
  }
}
