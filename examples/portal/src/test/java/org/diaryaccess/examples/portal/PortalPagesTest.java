package org.diaryaccess.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.trusted.TrustedPerson;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What each page of the portal tells a person between states and on a slip, page by page: the
 * trusted-persons page in every live state; destructive actions asked once more and styled apart;
 * the preview reached by post-redirect-get with «Изменить» keeping what was typed; what a profile
 * change would close, said before saving; what is required and why; the sign-in and the teacher's
 * form answering truly; a malformed request answered 400 in words, in HTML or as an RFC 9457
 * problem; an expired form told as such; one spelling per page and English dates on English pages;
 * a pupil's menu without the parents' pages; and no personal data in any link.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:portal-pages;DB_CLOSE_DELAY=-1",
    "logging.level.root=warn", "diary-access.housekeeping.interval=1h"})
@AutoConfigureMockMvc
class PortalPagesTest {
  private static final Locale RU = Locale.forLanguageTag("ru");

  @Autowired MockMvc mvc;
  @Autowired DiaryAccess access;
  @Autowired DiaryStore store;
  @Autowired java.time.Clock clock;

  private final MockHttpSession session = new MockHttpSession();

  /** The school corrects the mother's phone, as in the guide's story, so that she may invite. */
  @BeforeEach
  void motherMatched() {
    schoolHoldsForTheMother("+7 926 123-45-67");
    Citizen vasilisa = store.citizens().findById(Accounts.VASILISA.citizen()).orElseThrow();
    store.citizens().save(vasilisa.withContacts(Contacts.of("mail@yandex.ru", "(926) 123-45-67", null)));
  }

  private void schoolHoldsForTheMother(String phone) {
    PupilRecord record = store.schoolRegister().findById(Accounts.ANTON_RECORD).orElseThrow();
    LegalRepresentative mother = record.representatives().get(0);
    store.schoolRegister().upsert(List.of(record.withEnrolled(true)
        .withContacts(Contacts.of("anton.kubarev@yandex.ru", "+7 916 765-43-21", null)).withRepresentatives(List.of(
        new LegalRepresentative(mother.kind(), mother.name(), Contacts.of("mail@yandex.ru", phone, null)),
        record.representatives().get(1)))));
  }

  /** Each test starts with nobody invited or trusted. */
  @AfterEach
  void nothingLeftOpen() {
    schoolHoldsForTheMother("+7 926 123-45-67");
    CitizenId mother = Accounts.VASILISA.citizen();
    store.citizens().save(store.citizens().findById(mother).orElseThrow()
        .withContacts(Contacts.of("mail@yandex.ru", "(926) 123-45-67", null)));
    for (TrustedPerson person : access.trustedPersons(mother, PageRequest.first()).items()) {
      if (person.grant() != null) {
        access.revoke(mother, person.grant());
      } else if (person.mayCancel()) {
        access.cancel(mother, person.invitation());
      }
    }
  }

  private Invitation invitationToNina() {
    return access.send(Accounts.VASILISA.citizen(), InvitationRequest.byPhone("+7 903 111-22-33", "Кубарева",
        Accounts.ANTON_RECORD).withSections(EnumSet.of(DiarySection.GRADES, DiarySection.HOMEWORK)));
  }

  private Grant ninaAccepted() {
    return access.accept(Accounts.NINA.citizen(), invitationToNina().id()).grants().get(0);
  }

  private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
    return request.with(user(account.key()).roles(account.role().name())).locale(RU).session(session);
  }

  private MockHttpServletResponse getAs(Account account, String path) throws Exception {
    return mvc.perform(as(account, get(path))).andReturn().getResponse();
  }

  private String page(Account account, String path) throws Exception {
    MockHttpServletResponse response = getAs(account, path);
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  /** The text between tags, roughly: what a person reads. */
  private static String text(String html) {
    return html.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ");
  }

  @Nested
  class TheTrustedPersonsPage {
    @Test
    void showsATrustedPersonBeingOpenedWithHerStateSectionsEndAndWhenUnderColumnHeaders() throws Exception {
      ninaAccepted();
      String html = page(Accounts.VASILISA, "/trusted");
      assertThat(html).contains("<th>Доверенное лицо</th>", "<th>Состояние</th>", "<th>Разделы</th>",
          "<th>Доступ до</th>", "<th>Когда</th>");
      String row = html.substring(html.indexOf("class=\"trusted-person provisioning\""));
      assertThat(text(row)).contains("Кубарева Нина Петровна", "Доступ открывается, в течение суток",
          "Оценки, Домашние задания", "без ограничения срока", "Принято", "доступ откроется до", "Отозвать");
    }

    @Test
    void showsAnInvitationWithTheDayItMustBeAnsweredByLabelledSo() throws Exception {
      invitationToNina();
      String row = text(page(Accounts.VASILISA, "/trusted"));
      assertThat(row).contains("Приглашение ждёт ответа", "ответить можно до", "Отменить")
          .doesNotContain("Действует до");
    }

    @Test
    void forAMotherTheSchoolHoldsWronglySaysSoAndLeadsToHelp() throws Exception {
      schoolHoldsForTheMother("+7 926 000-00-00");
      String html = page(Accounts.VASILISA, "/trusted");
      assertThat(text(html)).contains("Школа пока не связала ваши контактные данные ни с одним учеником")
          .doesNotContain("не указаны");
      assertThat(html).contains("href=\"/diaries/help\"");
    }
  }

  @Nested
  class DestructiveActions {
    @Test
    void aRevocationIsAskedOnceMoreNamingWhoAndWhoseDiaryAndDoneOnlyWhenConfirmed() throws Exception {
      Grant grant = ninaAccepted();
      MockHttpServletResponse asked = mvc.perform(as(Accounts.VASILISA, post("/trusted/revoke"))
          .param("grant", grant.id().value()).with(csrf())).andReturn().getResponse();
      assertThat(asked.getStatus()).isEqualTo(200);
      assertThat(text(asked.getContentAsString()))
          .contains("Отозвать доступ Нины Петровны Кубаревой к дневнику Антона Кубарева?");
      assertThat(asked.getContentAsString()).contains("name=\"confirmed\" value=\"yes\"", "class=\"danger\"");
      assertThat(access.grant(Accounts.VASILISA.citizen(), grant.id()).isLive()).as("not yet").isTrue();

      MockHttpServletResponse done = mvc.perform(as(Accounts.VASILISA, post("/trusted/revoke"))
          .param("grant", grant.id().value()).param("confirmed", "yes").with(csrf())).andReturn().getResponse();
      assertThat(done.getRedirectedUrl()).isEqualTo("/trusted");
      assertThat(access.grant(Accounts.VASILISA.citizen(), grant.id()).state()).isEqualTo(GrantState.REVOKED);
    }

    @Test
    void aCancellationADeclineAndARenunciationAreAskedToo() throws Exception {
      Invitation invitation = invitationToNina();
      assertThat(text(mvc.perform(as(Accounts.VASILISA, post("/trusted/cancel"))
          .param("invitation", invitation.id().value()).with(csrf())).andReturn().getResponse().getContentAsString()))
          .contains("Отменить приглашение, отправленное Нине Петровне Кубаревой?");
      assertThat(text(mvc.perform(as(Accounts.NINA, post("/notifications/decline"))
          .param("invitation", invitation.id().value()).with(csrf())).andReturn().getResponse().getContentAsString()))
          .contains("Отклонить приглашение от Василисы Владимировны Иванченко?");
      assertThat(access.invitation(Accounts.NINA.citizen(), invitation.id()).state()).isEqualTo(InvitationState.PENDING);

      Grant grant = access.accept(Accounts.NINA.citizen(), invitation.id()).grants().get(0);
      access.confirmProvisioning(grant.id());
      assertThat(text(mvc.perform(as(Accounts.NINA, post("/diaries/renounce"))
          .param("grant", grant.id().value()).with(csrf())).andReturn().getResponse().getContentAsString()))
          .contains("Отказаться от доступа к дневнику Антона Кубарева?");
      assertThat(access.grant(Accounts.NINA.citizen(), grant.id()).state()).isEqualTo(GrantState.ACTIVE);
    }

    @Test
    void areStyledApartFromAccepting() throws Exception {
      invitationToNina();
      String centre = page(Accounts.NINA, "/notifications");
      assertThat(centre).contains("class=\"accept\"", "class=\"decline danger\"");
      assertThat(page(Accounts.VASILISA, "/trusted")).contains("class=\"cancel danger\"");
    }

    @Test
    void theTeacherUntickingEnrolledIsAskedAndWhatWasTypedIsCarriedThrough() throws Exception {
      String id = Accounts.ANTON_RECORD.value();
      MockHttpServletResponse asked = mvc.perform(as(Accounts.TEACHER, post("/school/pupil")).param("id", id)
          .param("childEmail", "anton.new@yandex.ru").with(csrf())).andReturn().getResponse();
      assertThat(text(asked.getContentAsString()))
          .contains("Отметить, что Кубарев Антон Дмитриевич больше не обучается в школе?");
      assertThat(asked.getContentAsString()).contains("value=\"anton.new@yandex.ru\"");
      assertThat(store.schoolRegister().findById(Accounts.ANTON_RECORD).orElseThrow().enrolled()).isTrue();

      mvc.perform(as(Accounts.TEACHER, post("/school/pupil")).param("id", id).param("childEmail", "anton.new@yandex.ru")
          .param("confirmed", "yes").with(csrf()));
      PupilRecord saved = store.schoolRegister().findById(Accounts.ANTON_RECORD).orElseThrow();
      assertThat(saved.enrolled()).isFalse();
      assertThat(saved.contacts().rawEmail()).contains("anton.new@yandex.ru");
    }
  }

  @Nested
  class ThePreview {
    @Test
    void isReachedByPostRedirectGetAndChangeReturnsToTheFormAsTyped() throws Exception {
      MockHttpServletResponse posted = mvc.perform(as(Accounts.VASILISA, post("/trusted/preview"))
          .param("service", "E_DIARY").param("pupils", Accounts.ANTON_RECORD.value()).param("by", "phone")
          .param("contact", "+7 903 111-22-33").param("surname", "Кубарева").param("sections", "GRADES")
          .param("endDate", "2027-05-31").with(csrf())).andReturn().getResponse();
      assertThat(posted.getRedirectedUrl()).isEqualTo("/trusted/preview");

      String preview = page(Accounts.VASILISA, "/trusted/preview");
      assertThat(text(preview)).contains("Кубарева Нина Петровна", "Кубарев Антон Дмитриевич, 9Б", "Оценки",
          "31.05.2027");
      assertThat(text(page(Accounts.VASILISA, "/trusted/preview"))).as("a reload shows it again")
          .isEqualTo(text(preview));

      String form = page(Accounts.VASILISA, "/trusted");
      assertThat(form).contains("value=\"+7 903 111-22-33\"", "value=\"Кубарева\"", "value=\"2027-05-31\"");
      assertThat(checked(form, "share-grades")).isTrue();
      assertThat(checked(form, "share-homework")).as("unticked as typed").isFalse();

      MockHttpServletResponse sent = mvc.perform(as(Accounts.VASILISA, post("/trusted/send")).with(csrf()))
          .andReturn().getResponse();
      assertThat(sent.getRedirectedUrl()).isEqualTo("/trusted");
      assertThat(access.trustedPersons(Accounts.VASILISA.citizen(), PageRequest.first()).items())
          .extracting(TrustedPerson::standing).containsExactly(TrustedPerson.Standing.INVITED);
      assertThat(page(Accounts.VASILISA, "/trusted")).as("sent, the form is fresh").doesNotContain("value=\"Кубарева\"");
    }

    private boolean checked(String html, String id) {
      Matcher input = Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(html);
      assertThat(input.find()).as(id).isTrue();
      return input.group().contains("checked");
    }
  }

  @Nested
  class ProfileAndSignIn {
    @Test
    void aChangeThatWouldCloseADiaryIsToldBeforeSavingAndPointsToHelpAfter() throws Exception {
      MockHttpServletResponse asked = mvc.perform(as(Accounts.VASILISA, post("/profile"))
          .param("email", "new@yandex.ru").param("mobilePhone", "(926) 123-45-67").param("snils", "").with(csrf()))
          .andReturn().getResponse();
      assertThat(text(asked.getContentAsString())).contains("перестанут открываться дневники",
          "Кубарев Антон Дмитриевич, 9Б", "Сохранить всё равно");
      assertThat(store.citizens().findById(Accounts.VASILISA.citizen()).orElseThrow().contacts().rawEmail())
          .as("not saved").contains("mail@yandex.ru");

      mvc.perform(as(Accounts.VASILISA, post("/profile")).param("email", "new@yandex.ru")
          .param("mobilePhone", "(926) 123-45-67").param("snils", "").param("confirmed", "yes").with(csrf()));
      String after = page(Accounts.VASILISA, "/profile");
      assertThat(text(after)).contains("Данные сохранены.", "больше не открываются");
      assertThat(after).contains("id=\"closed-help\" href=\"/diaries/help\"");
    }

    @Test
    void theRequiredDataAreNamedWithWhy() throws Exception {
      assertThat(text(page(Accounts.NINA, "/profile?check=true")))
          .contains("обязательны e-mail и номер мобильного телефона, а также СНИЛС, если он у вас есть",
              "школа сверяет их со своими сведениями");
    }

    @Test
    void signingInWithNobodyChosenSaysSo() throws Exception {
      var nobody = mvc.perform(post("/sign-in").session(session).with(csrf()).locale(RU)).andReturn();
      assertThat(nobody.getResponse().getRedirectedUrl()).isEqualTo("/sign-in");
      assertThat(nobody.getFlashMap().get("nobody")).isEqualTo(true);
      String html = mvc.perform(get("/sign-in").session(session).locale(RU)
          .flashAttr("nobody", true)).andReturn().getResponse().getContentAsString();
      assertThat(text(html)).contains("Выберите, кем войти: отметьте одного из пользователей.");
    }

    @Test
    void theTeachersFormKeepsWhatWasTypedAndDoesNotSaySavedWhenNothingChanged() throws Exception {
      String id = Accounts.ANTON_RECORD.value();
      String invalid = mvc.perform(as(Accounts.TEACHER, post("/school/pupil")).param("id", id).param("enrolled", "true")
          .param("rep0MobilePhone", "+7 495 123-45-67").param("rep1Email", "dmitry.new@mail.ru").with(csrf()))
          .andReturn().getResponse().getContentAsString();
      assertThat(invalid).contains("value=\"+7 495 123-45-67\"", "value=\"dmitry.new@mail.ru\"", "rep0MobilePhone-error");

      var unchanged = mvc.perform(as(Accounts.TEACHER, post("/school/pupil")).param("id", id)
          .param("enrolled", "true").with(csrf())).andReturn();
      assertThat(unchanged.getFlashMap().get("done")).isEqualTo("done.recordUnchanged");
      String roster = mvc.perform(as(Accounts.TEACHER, get("/school")).flashAttr("done", "done.recordUnchanged"))
          .andReturn().getResponse().getContentAsString();
      assertThat(text(roster)).contains("Ничего не изменилось").doesNotContain("Сведения сохранены");
    }
  }

  @Nested
  class Failures {
    @Test
    void aMissingOrMalformedParameterIsA400SayingWhatWasWrong() throws Exception {
      MockHttpServletResponse missing = mvc.perform(as(Accounts.NINA, get("/diaries/open"))
          .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
      assertThat(missing.getStatus()).isEqualTo(400);
      assertThat(text(missing.getContentAsString())).contains("В запросе не хватает данных: «pupil».")
          .doesNotContain("попробуйте", "Попробуйте");

      MockHttpServletResponse blank = mvc.perform(as(Accounts.NINA, get("/diaries/open")).param("pupil", " ")
          .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
      assertThat(blank.getStatus()).isEqualTo(400);
      assertThat(text(blank.getContentAsString())).contains("Идентификатор пуст или некорректен.");

      MockHttpServletResponse hours = mvc.perform(as(Accounts.OPERATOR, post("/operator/clock")).param("hours", "много")
          .with(csrf()).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
      assertThat(hours.getStatus()).isEqualTo(400);
      assertThat(text(hours.getContentAsString())).contains("В запросе неверное значение: «hours».");
    }

    @Test
    void aClientThatDoesNotAskForHtmlGetsALocalizedProblem() throws Exception {
      MockHttpServletResponse problem = mvc.perform(as(Accounts.NINA, get("/diaries/open"))
          .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
      assertThat(problem.getStatus()).isEqualTo(400);
      assertThat(problem.getContentType()).startsWith("application/problem+json");
      assertThat(problem.getContentAsString(StandardCharsets.UTF_8)).contains("\"title\":\"Запрос не понят\"", "\"status\":400",
          "не хватает данных");
      MockHttpServletResponse refused = mvc.perform(as(Accounts.NINA, post("/trusted/revoke")).param("grant", "g-none")
          .param("confirmed", "yes").with(csrf()).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
      assertThat(refused.getStatus()).isEqualTo(422);
      assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"title\":\"Не получилось\"",
          "Такой доступ не найден.");
    }

    @Test
    void aFormPostedAfterItsPageWasOpenTooLongSaysSoAndOffersToReloadIt() throws Exception {
      MockHttpServletResponse stale = mvc.perform(as(Accounts.NINA, post("/profile")).param("email", "x@y.ru")
          .header("Referer", "http://localhost/profile")).andReturn().getResponse();
      assertThat(stale.getStatus()).isEqualTo(403);
      assertThat(stale.getForwardedUrl()).isEqualTo(FormExpired.PATH);

      String html = mvc.perform(as(Accounts.NINA, get(FormExpired.PATH)).header("Referer", "http://localhost/profile")
          .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
      assertThat(text(html)).contains("Страница была открыта слишком долго", "ничего не отправлено");
      assertThat(html).contains("id=\"reload\" class=\"button\" href=\"/profile\"");
      assertThat(mvc.perform(as(Accounts.NINA, get(FormExpired.PATH)).header("Referer", "https://elsewhere.example/x")
          .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString())
          .as("never a link away from the portal").contains("href=\"/\"").doesNotContain("elsewhere");
    }
  }

  @Nested
  class WhoOpenedTheDiary {
    private String historyOf(String html) {
      return text(html.substring(html.indexOf("class=\"history\""), html.indexOf("</table>", html.indexOf("class=\"history\""))));
    }

    @Test
    void listsEachPersonsDayWithTheSectionsAndHowOftenInRussianAndEnglish() throws Exception {
      ninaAccepted();
      access.confirmProvisioning(access.trustedPersons(Accounts.VASILISA.citizen(), PageRequest.first()).items()
          .get(0).grant());
      access.housekeeping();
      access.decide(Accounts.NINA.citizen(), Accounts.ANTON_RECORD, DiarySection.GRADES);
      access.decide(Accounts.NINA.citizen(), Accounts.ANTON_RECORD, DiarySection.GRADES);
      access.decide(Accounts.VASILISA.citizen(), Accounts.ANTON_RECORD, DiarySection.ATTENDANCE);
      access.housekeeping();
      java.time.LocalDate today = access.settings().dayOf(clock.instant());
      long grades = access.accessHistory(Accounts.VASILISA.citizen(), Accounts.ANTON_RECORD, today.minusDays(2),
          today.plusDays(2), PageRequest.first()).items().stream()
          .filter(e -> e.viewer().equals(Accounts.NINA.citizen())).findFirst().orElseThrow()
          .sections().get(DiarySection.GRADES);

      String russian = historyOf(page(Accounts.VASILISA, "/trusted"));
      assertThat(russian).contains("Кто открывал дневник", "День", "Кто", "Кем приходится", "Что открыто",
          "Кубарева Нина Петровна", "Доверенное лицо", "Оценки — " + TrustedController.times(grades, RU),
          "Вы", "Законный представитель", "Посещаемость — 1 раз");
      String english = historyOf(page(Accounts.VASILISA, "/trusted?lang=en"));
      page(Accounts.VASILISA, "/trusted?lang=ru");
      assertThat(english).contains("Who opened the diary", "Related as", "Trusted person", "You",
          "Grades — " + TrustedController.times(grades, Locale.ENGLISH), "Attendance — ")
          .doesNotContain("раз", "Оценки");
    }

    @Test
    void countsReadAsARussianSpeakerSaysThem() {
      assertThat(List.of(1L, 2L, 4L, 5L, 11L, 12L, 14L, 21L, 22L, 25L, 101L, 111L, 112L, 122L))
          .extracting(n -> TrustedController.times(n, RU))
          .containsExactly("1 раз", "2 раза", "4 раза", "5 раз", "11 раз", "12 раз", "14 раз", "21 раз", "22 раза",
              "25 раз", "101 раз", "111 раз", "112 раз", "122 раза");
      assertThat(TrustedController.times(1, Locale.ENGLISH)).isEqualTo("once");
      assertThat(TrustedController.times(3, Locale.ENGLISH)).isEqualTo("3 times");
    }
  }

  @Nested
  class EveryPage {
    private final List<String> citizenPages = List.of("/diaries", "/diaries/help", "/profile", "/profile?check=true",
        "/trusted", "/notifications", "/diaries/open?pupil=" + Accounts.ANTON_RECORD.value());

    @Test
    void hasOneSpellingAndInEnglishEnglishDates() throws Exception {
      ninaAccepted();
      for (Account account : List.of(Accounts.VASILISA, Accounts.ANTON, Accounts.NINA)) {
        for (String path : citizenPages) {
          String russian = text(page(account, path));
          assertThat(russian).as("%s as %s", path, account.key())
              .doesNotContain("ребенк", "Ребенк", "Email", "еще ", "Все верно", "передает", "ждет");
          String english = text(page(account, path + (path.contains("?") ? "&" : "?") + "lang=en"));
          assertThat(Pattern.compile("\\d\\d\\.\\d\\d\\.\\d{4}").matcher(english).find())
              .as("%s in English as %s: %s", path, account.key(), english).isFalse();
          page(account, path + (path.contains("?") ? "&" : "?") + "lang=ru");
        }
      }
      assertThat(text(page(Accounts.NINA, "/profile?lang=en"))).contains("20 February 1958");
      page(Accounts.NINA, "/profile?lang=ru");
    }

    @Test
    void aPupilsMenuDoesNotOfferTheParentsPages() throws Exception {
      assertThat(page(Accounts.ANTON, "/diaries")).doesNotContain("id=\"nav-trusted\"");
      assertThat(page(Accounts.VASILISA, "/diaries")).contains("id=\"nav-trusted\"");
      assertThat(page(Accounts.NINA, "/diaries")).as("a grandmother may be a parent too").contains("id=\"nav-trusted\"");
    }

    @Test
    void carriesNoPersonalDataInItsLinks() throws Exception {
      ninaAccepted();
      Pattern link = Pattern.compile("(?:href|action)=\"([^\"]*)\"");
      for (Account account : List.of(Accounts.VASILISA, Accounts.ANTON, Accounts.NINA)) {
        for (String path : citizenPages) {
          Matcher links = link.matcher(page(account, path));
          while (links.find()) {
            assertThat(links.group(1).toLowerCase(Locale.ROOT)).as("%s on %s", links.group(1), path)
                .doesNotContain("kubarev", "anton", "vasilisa", "nina", "ivanchenko", "@", "%40", "+7");
          }
        }
      }
      assertThat(Accounts.ANTON_RECORD.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
  }
}
