package org.diaryaccess.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page on a phone: in a real, headless Chromium at 360×740, each page of each account fits
 * the screen's width without sideways scrolling — the trusted-persons table with a row being
 * opened and one invited included, its rows stacked as labelled cards. Screenshots of the narrow
 * pages are saved under {@code target/screenshots/narrow/}.
 */
class NarrowScreenInTheBrowserTest {
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "narrow");
  private static RunningPortal portal;
  private static Browser browser;

  @BeforeAll
  static void start() {
    portal = new RunningPortal("portal-narrow");
    browser = new Browser(portal.port(), SCREENSHOTS, 360, 740);
    aFamilyWithATrustedPersonBeingOpened(portal.bean(DiaryStore.class), portal.bean(DiaryAccess.class));
  }

  /** The guide's story up to the day in between: the school corrected, the grandmother accepted, not yet opened. */
  private static void aFamilyWithATrustedPersonBeingOpened(DiaryStore store, DiaryAccess access) {
    PupilRecord record = store.schoolRegister().findById(Accounts.ANTON_RECORD).orElseThrow();
    LegalRepresentative mother = record.representatives().get(0);
    store.schoolRegister().upsert(List.of(record.withRepresentatives(List.of(new LegalRepresentative(mother.kind(),
        mother.name(), Contacts.of("mail@yandex.ru", "+7 926 123-45-67", null)), record.representatives().get(1)))));
    access.accept(Accounts.NINA.citizen(), access.send(Accounts.VASILISA.citizen(),
        InvitationRequest.byPhone("+7 903 111-22-33", "Кубарева", Accounts.ANTON_RECORD)).id());
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
  void everyPageFitsA360PixelWideScreen() {
    Map<String, List<String>> pages = Map.of(
        "vasilisa", List.of("/diaries", "/diaries/help", "/profile?check=true", "/trusted", "/notifications",
            "/diaries/open?pupil=" + Accounts.ANTON_RECORD.value()),
        "nina", List.of("/diaries", "/diaries/help", "/notifications"),
        "anton", List.of("/diaries", "/profile"),
        "teacher", List.of("/school", "/school/pupil?id=" + Accounts.ANTON_RECORD.value()),
        "operator", List.of("/operator"));
    browser.open("/sign-in");
    assertThat(browser.screenWidth()).as("the screen is a phone's").isEqualTo(360);
    assertThat(browser.overflowX()).as("/sign-in").isLessThanOrEqualTo(0);
    for (String account : List.of("vasilisa", "nina", "anton", "teacher", "operator")) {
      browser.signIn(account);
      for (String page : pages.get(account)) {
        browser.open(page);
        assertThat(browser.overflowX()).as("%s as %s is wider than the screen", page, account).isLessThanOrEqualTo(0);
      }
      browser.signOut();
    }
    browser.signIn("vasilisa");
    browser.open("/trusted");
    assertThat(browser.text(".trusted-person.provisioning")).contains("Кубарева Нина Петровна", "Доступ открывается");
    browser.shot("narrow-trusted-persons");
    browser.click("button.revoke");
    assertThat(browser.overflowX()).as("the confirmation").isLessThanOrEqualTo(0);
    browser.shot("narrow-confirm-revocation");
    browser.signOut();
  }
}
