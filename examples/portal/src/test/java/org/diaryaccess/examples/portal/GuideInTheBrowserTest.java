package org.diaryaccess.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The guide's whole story clicked through in a real, headless Chromium against the portal on a
 * free port: the mother denied, diagnosed, fixed by the school and let in; the pupil in his own
 * diary; the grandmother invited (preview, send), accepting in her notification centre, her
 * access provisioned by the diary system, reading only the sections shared, then revoked. Each
 * screen is saved as a PNG under {@code target/screenshots/}.
 */
class GuideInTheBrowserTest {
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static RunningPortal portal;
  private static Browser browser;

  @BeforeAll
  static void start() {
    portal = new RunningPortal("portal-browser");
    browser = new Browser(portal.port(), SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void theGuidesStoryAsTheMotherThePupilTheGrandmotherAndTheClassTeacher() {
    // Вход
    browser.open("/");
    assertThat(browser.path()).isEqualTo("/sign-in");
    assertThat(browser.page()).contains("Вход", "Иванченко Василиса Владимировна", "классный руководитель 9Б");
    browser.shot("sign-in");

    // The mother: the school holds an old phone number for her, so no diary opens.
    browser.signIn("vasilisa");
    assertThat(browser.path()).isEqualTo("/diaries");
    assertThat(browser.text("#no-diaries")).isEqualTo("Вам пока не открыт ни один дневник.");
    browser.shot("my-diaries-denied");

    browser.click("#help-link");
    assertThat(browser.text("#findings")).contains("В школе указан другой номер мобильного телефона.");
    assertThat(browser.text("#card")).contains("Иванченко Василиса Владимировна", "mail@yandex.ru", "+7 926 123-45-67");
    assertThat(browser.page()).doesNotContain("MOBILE_PHONE_DIFFERS", "Exception");
    browser.shot("if-you-could-not-get-in");

    // Личные данные: the readiness check, the guide's sample SNILS refused beside its field, a valid one kept.
    browser.click("#nav-profile");
    browser.click("#check-button");
    assertThat(browser.text("#readiness")).isEqualTo("Все обязательные данные заполнены.");
    browser.type("#snils", "123-456-789 12");
    browser.click("#save-button");
    assertThat(browser.text("#snils-error")).isEqualTo("Неверное контрольное число СНИЛС, проверьте номер.");
    browser.shot("personal-data-field-error");
    browser.type("#snils", "123-456-789 64");
    browser.click("#save-button");
    assertThat(browser.text("#saved")).isEqualTo("Данные сохранены.");
    assertThat(browser.find("#snils").getDomProperty("value")).isEqualTo("123-456-789 64");
    browser.shot("personal-data-saved");
    browser.signOut();

    // The class teacher corrects the mother's phone in the school's record; contacts show masked.
    browser.signIn("teacher");
    assertThat(browser.path()).isEqualTo("/school");
    assertThat(browser.page()).contains("Кубарев Антон Дмитриевич", "Иванченко Василиса Владимировна (Мать)")
        .doesNotContain("+7 926 000-00-00", "mail@yandex.ru", "d.kubarev@mail.ru");
    browser.shot("class-teacher");
    browser.click(".edit-record");
    assertThat(browser.find("#rep0MobilePhone").getDomProperty("placeholder")).isEqualTo("+7 *** ***-00-00");
    browser.type("#rep0MobilePhone", "+7 926 123-45-67");
    browser.shot("class-teacher-corrects-the-record");
    browser.click("#save-record");
    assertThat(browser.text("#done")).isEqualTo("Сведения сохранены и переданы в электронный дневник.");
    browser.signOut();

    // Now the mother is let in, with every section.
    browser.signIn("vasilisa");
    assertThat(browser.text("#diaries")).contains("Кубарев Антон Дмитриевич", "9Б", "Законный представитель");
    browser.click(".open-diary");
    assertThat(browser.text("#diary-pupil")).isEqualTo("Кубарев Антон Дмитриевич");
    assertThat(browser.text("#section-grades")).contains("Алгебра — 5, 4");
    assertThat(browser.text("#section-homework")).contains("Капитанскую дочку");
    assertThat(browser.text("#section-attendance")).contains("отсутствовал по болезни");
    browser.shot("diary-as-the-mother");
    browser.signOut();

    // The pupil in his own diary.
    browser.signIn("anton");
    assertThat(browser.text("#diaries")).contains("Кубарев Антон Дмитриевич", "Сам ученик");
    browser.click(".open-diary");
    assertThat(browser.text("#section-grades")).contains("Алгебра — 5, 4");
    browser.shot("diary-as-the-pupil");
    browser.signOut();

    // Доверенные лица: the guide's four steps, grades and homework only.
    browser.signIn("vasilisa");
    browser.click("#nav-trusted");
    assertThat(browser.text("#invite")).contains("1. Выбрать услугу", "Электронный дневник", "Кубарев Антон Дмитриевич, 9Б");
    browser.click("input.pupil");
    browser.type("#contact", "+7 903 111-22-33");
    browser.type("#surname", "Кубарева");
    browser.click("#share-attendance");
    browser.shot("trusted-persons-form");
    browser.click("#preview-button");
    assertThat(browser.text("#preview-service")).isEqualTo("Электронный дневник");
    assertThat(browser.text("#preview-trustee")).isEqualTo("Кубарева Нина Петровна");
    assertThat(browser.text("#preview-children")).isEqualTo("Кубарев Антон Дмитриевич, 9Б");
    assertThat(browser.text("#preview-sections")).isEqualTo("Оценки, Домашние задания");
    browser.shot("check-the-data");
    browser.click("#send-button");
    assertThat(browser.text("#done")).startsWith("Приглашение отправлено доверенному лицу");
    assertThat(browser.text(".trusted-person.invited")).contains("Кубарева Нина Петровна", "Приглашение ждёт ответа",
        "Оценки, Домашние задания", "ответить можно до", "Отменить");
    browser.shot("invitation-sent");
    browser.signOut();

    // The grandmother accepts in her notification centre; the notice arrives from the outbox.
    browser.signIn("nina");
    browser.click("#nav-notifications");
    assertThat(browser.text(".invitation-text")).isEqualTo("Иванченко Василиса Владимировна приглашает вас стать "
        + "доверенным лицом: услуга «Электронный дневник», ребёнок: Кубарев Антон Дмитриевич, 9Б.");
    browser.reloadUntil("Новое приглашение");
    assertThat(browser.text("#notices")).contains("Василиса Владимировна Иванченко приглашает вас стать доверенным "
        + "лицом и видеть электронный дневник Антона Кубарева: оценки, домашние задания.");
    browser.shot("notification-centre");
    browser.click("button.accept");
    assertThat(browser.text("#done")).isEqualTo(
        "Приглашение принято. Доступ к электронному дневнику будет обеспечен в течение суток.");
    browser.click("#nav-diaries");
    assertThat(browser.text("#no-diaries")).isEqualTo("Вам пока не открыт ни один дневник.");
    browser.open("/diaries/open?pupil=" + Accounts.ANTON_RECORD.value());
    assertThat(browser.text("#section-grades")).contains("Доступ предоставляется и будет открыт в течение суток.");
    assertThat(browser.text("#section-attendance")).as("never shared, whatever the state")
        .contains("Этот раздел дневника вам не открыт.").doesNotContain("в течение суток");
    assertThat(browser.all("#diary-pupil")).isEmpty();
    browser.shot("diary-being-provisioned");
    browser.click("a[href='/diaries/help']");
    assertThat(browser.text("#trusted-access")).contains("Вы приняли приглашение к дневнику Антона Кубарева");
    assertThat(browser.all("#card")).as("a trusted person is not sent to the class teacher").isEmpty();
    browser.shot("help-as-a-trusted-person-being-opened");
    browser.signOut();

    // Between acceptance and opening the mother sees the grandmother, and could revoke her.
    browser.signIn("vasilisa");
    browser.click("#nav-trusted");
    assertThat(browser.text(".trusted-person.provisioning")).contains("Кубарева Нина Петровна",
        "Доступ открывается, в течение суток", "доступ откроется до", "Отозвать");
    browser.shot("trusted-person-being-opened");
    browser.signOut();

    // The operator, playing the diary system: a day later the opening is overdue.
    browser.signIn("operator");
    assertThat(browser.all(".overdue-grant")).isEmpty();
    browser.click("#plus-day");
    assertThat(browser.text("#overdue")).contains("Кубарева Нина Петровна", "Кубарев Антон Дмитриевич, 9Б");
    browser.shot("operator-overdue");
    browser.signOut();

    // Late: the mother sees it so, and the grandmother is told the portal's support is on it.
    browser.signIn("vasilisa");
    browser.click("#nav-trusted");
    assertThat(browser.text(".trusted-person.late")).contains("Доступ открывается с опозданием",
        "должен был открыться до");
    browser.shot("trusted-person-opening-late");
    browser.signOut();
    browser.signIn("nina");
    browser.open("/diaries/open?pupil=" + Accounts.ANTON_RECORD.value());
    assertThat(browser.text("#section-grades")).contains("Служба поддержки портала уже занимается этим")
        .doesNotContain("будет открыт в течение суток");
    browser.shot("diary-opening-late");
    browser.signOut();

    // The operator confirms for the diary system.
    browser.signIn("operator");
    browser.click("button.confirm");
    assertThat(browser.text("#done")).isEqualTo("Открытие доступа подтверждено.");
    assertThat(browser.text("#no-overdue")).isEqualTo("Просроченных открытий доступа нет.");
    browser.signOut();

    // The grandmother is told, and reads the sections shared, and only those.
    browser.signIn("nina");
    browser.click("#nav-notifications");
    browser.reloadUntil("Вам открыт доступ к дневнику Антона Кубарева: оценки, домашние задания.");
    browser.shot("notification-access-opened");
    browser.click("#nav-diaries");
    assertThat(browser.text("#diaries")).contains("Кубарев Антон Дмитриевич", "Доверенное лицо");
    browser.click(".open-diary");
    assertThat(browser.text("#section-grades")).contains("Алгебра — 5, 4");
    assertThat(browser.text("#section-homework")).contains("Капитанскую дочку");
    assertThat(browser.text("#section-attendance")).contains("Этот раздел дневника вам не открыт.")
        .doesNotContain("отсутствовал");
    browser.shot("diary-as-the-grandmother");
    // She opens it once more that day, and once the next.
    browser.open("/diaries/open?pupil=" + Accounts.ANTON_RECORD.value());
    browser.signOut();
    browser.signIn("operator");
    browser.click("#plus-day");
    browser.signOut();
    browser.signIn("nina");
    browser.open("/diaries/open?pupil=" + Accounts.ANTON_RECORD.value());
    assertThat(browser.text("#section-grades")).contains("Алгебра — 5, 4");
    browser.signOut();

    // The mother is told too, sees her, and revokes — asked once more first.
    browser.signIn("vasilisa");
    browser.click("#nav-notifications");
    browser.reloadUntil("Нина Петровна Кубарева получила доступ к дневнику Антона");
    browser.click("#nav-trusted");
    assertThat(browser.text(".trusted-person.active")).contains("Кубарева Нина Петровна", "Доступ открыт",
        "Оценки, Домашние задания");
    browser.shot("trusted-persons-of-the-child");
    // Кто открывал дневник: the grandmother on two days, twice and once; the mother herself and the pupil before.
    browser.reloadUntilShown(".viewed-day", 4);
    List<WebElement> days = browser.all(".viewed-day");
    assertThat(days.get(0).getText()).contains("Кубарева Нина Петровна", "Доверенное лицо",
        "Оценки — 1 раз", "Домашние задания — 1 раз");
    assertThat(days.get(1).getText()).contains("Кубарева Нина Петровна", "Оценки — 2 раза",
        "Домашние задания — 2 раза").doesNotContain("Посещаемость");
    assertThat(days.subList(2, 4)).extracting(WebElement::getText).anySatisfy(line ->
        assertThat(line).contains("Вы", "Законный представитель", "Посещаемость — 1 раз"))
        .anySatisfy(line -> assertThat(line).contains("Кубарев Антон Дмитриевич", "Сам ученик"));
    browser.shot("who-opened-the-diary");
    browser.click("button.revoke");
    assertThat(browser.text("#confirm-question")).isEqualTo("Отозвать доступ Нины Петровны Кубаревой к дневнику "
        + "Антона Кубарева?");
    browser.shot("confirm-revocation");
    browser.click("#confirm-button");
    assertThat(browser.text("#done")).isEqualTo("Доступ доверенного лица отозван.");
    assertThat(browser.all(".trusted-person")).isEmpty();
    browser.signOut();

    // At once the grandmother is refused, and told who revoked.
    browser.signIn("nina");
    browser.open("/diaries/open?pupil=" + Accounts.ANTON_RECORD.value());
    assertThat(browser.all("section.open")).isEmpty();
    assertThat(browser.text("#section-grades")).contains("Нет оснований для доступа к этому дневнику.");
    browser.click("#nav-notifications");
    browser.reloadUntil("Василиса Владимировна отозвала ваш доступ к дневнику Антона Кубарева.");
    browser.shot("grandmother-revoked");
    browser.signOut();

    // The operator verifies the audit log.
    browser.signIn("operator");
    browser.click("#verify-audit");
    assertThat(browser.text("#audit")).startsWith("Журнал цел: проверено записей —");
    browser.shot("operator-audit");

    // In English.
    browser.click("#lang-en");
    assertThat(browser.text("h1")).isEqualTo("Operator");
    assertThat(browser.page()).contains("Demo time", "Audit log");
    browser.shot("operator-in-english");
    browser.signOut();

    assertThat(SCREENSHOTS.resolve("01-sign-in.png")).isNotEmptyFile();
  }
}
