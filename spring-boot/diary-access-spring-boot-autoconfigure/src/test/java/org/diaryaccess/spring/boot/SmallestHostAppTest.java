package org.diaryaccess.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The smallest host app ({@link SmallestHostApp}) booted for real, web server and actuator
 * included, on a free port: after one decision, /actuator/health and
 * /actuator/metrics/diary.access.decisions answer what an operator would read.
 */
class SmallestHostAppTest {

  @Test
  void aDecisionShowsInTheActuatorsHealthAndMetrics() throws Exception {
    try (ConfigurableApplicationContext app = SpringApplication.run(SmallestHostApp.class, "--server.port=0",
        "--management.endpoints.web.exposure.include=health,metrics", "--management.endpoint.health.show-details=always",
        "--spring.main.banner-mode=off")) {
      DiaryStore store = app.getBean(DiaryStore.class);
      CitizenId mother = CitizenId.of("c-1");
      PersonName name = PersonName.of("Иванченко", "Василиса");
      store.citizens().save(Citizen.builder(mother, name).email("mail@yandex.ru").mobilePhone("+79261234567").build());
      PupilRecordId pupil = PupilRecordId.of("p-1");
      store.schoolRegister().upsert(List.of(PupilRecord.builder(pupil, SchoolId.of("s-1"), "9Б",
          PersonName.of("Кубарев", "Антон")).representative(new LegalRepresentative(RepresentativeKind.MOTHER, name,
          Contacts.none().withEmail("mail@yandex.ru").withMobilePhone("+79261234567"))).build()));
      assertThat(app.getBean(DiaryAccess.class).decide(mother, pupil).isAllowed()).isTrue();

      String port = app.getEnvironment().getProperty("local.server.port");
      String health = get("http://127.0.0.1:" + port + "/actuator/health");
      String decisions = get("http://127.0.0.1:" + port + "/actuator/metrics/diary.access.decisions");

      assertThat(health).contains("\"status\":\"UP\"", "\"diaryAccess\"", "\"outboxBacklog\":0");
      assertThat(decisions).contains("\"name\":\"diary.access.decisions\"", "\"value\":1.0", "legal-representative");
    }
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }
}
