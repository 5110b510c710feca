package org.diaryaccess.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's error pages as a servlet container serves them, on a free port: a page that does
 * not exist is a 404 in Russian whose EN link shows the same 404 in English (it gave HTTP 500);
 * {@code /error} asked for directly is a 404 too; and a client that does not ask for HTML gets a
 * localized RFC 9457 problem, not Spring's English default.
 */
class PortalErrorPagesTest {
  private static RunningPortal portal;
  private static String base;
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() {
    portal = new RunningPortal("portal-errors");
    base = "http://127.0.0.1:" + portal.port();
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private void signInAs(String account) throws Exception {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/sign-in", "text/html").body());
    assertThat(token.find()).isTrue();
    String form = "account=" + account + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(signedIn.statusCode()).isEqualTo(302);
  }

  @Test
  void aMissingPageIsA404InEitherLanguageAndItsLanguageLinksWork() throws Exception {
    signInAs("nina");
    HttpResponse<String> russian = get("/nowhere", "text/html");
    assertThat(russian.statusCode()).isEqualTo(404);
    assertThat(russian.body()).contains("Такой страницы нет.", "Кубарева Нина Петровна");
    Matcher english = Pattern.compile("id=\"lang-en\" href=\"([^\"]+)\"").matcher(russian.body());
    assertThat(english.find()).isTrue();
    assertThat(english.group(1)).isEqualTo("/nowhere?lang=en");

    HttpResponse<String> inEnglish = get(english.group(1), "text/html");
    assertThat(inEnglish.statusCode()).isEqualTo(404);
    assertThat(inEnglish.body()).contains("There is no such page.").doesNotContain("Такой страницы нет");
    get("/diaries?lang=ru", "text/html");

    HttpResponse<String> direct = get("/error", "text/html");
    assertThat(direct.statusCode()).as("/error asked for itself").isEqualTo(404);
    assertThat(direct.body()).contains("id=\"lang-en\" href=\"/?lang=en\"");
  }

  @Test
  void aClientThatDoesNotAskForHtmlGetsALocalizedProblem() throws Exception {
    signInAs("nina");
    HttpResponse<String> problem = get("/nowhere", "application/json");
    assertThat(problem.statusCode()).isEqualTo(404);
    assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(problem.body()).contains("\"title\":\"Не найдено\"", "\"detail\":\"Такой страницы нет.\"",
        "\"status\":404", "\"instance\":\"/nowhere\"").doesNotContain("\"error\":\"Not Found\"", "timestamp");
  }
}
