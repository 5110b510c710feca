package org.diaryaccess.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL by one property: the portal started on a real PostgreSQL (started by the test)
 * with only {@code spring.datasource.url} (and its user) changed — the library's migrations and
 * the portal's own table created there, the family seeded, a page served and a decision made.
 */
class PortalOnPostgresTest {

  @Test
  void thePortalRunsOnPostgresqlByOneProperty() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        ConfigurableApplicationContext portal = SpringApplication.run(PortalApplication.class, "--server.port=0",
            "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres", "--logging.level.root=warn")) {
      DataSource dataSource = portal.getBean(DataSource.class);
      try (Connection connection = dataSource.getConnection();
          ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        StringBuilder names = new StringBuilder();
        while (tables.next()) {
          names.append(tables.getString("TABLE_NAME")).append(' ');
        }
        assertThat(names.toString()).contains("portal_notice", "da_schema_history", "da_grant");
      }
      assertThat(portal.getBean(DiaryStore.class).citizens().findById(Accounts.ANTON.citizen())).isPresent();
      assertThat(portal.getBean(DiaryAccess.class).decide(Accounts.ANTON.citizen(), Accounts.ANTON_RECORD,
          DiarySection.GRADES).isAllowed()).isTrue();

      String port = portal.getEnvironment().getRequiredProperty("local.server.port");
      HttpResponse<String> signIn = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).isEqualTo(200);
      assertThat(signIn.body()).contains("Иванченко Василиса Владимировна");
    }
  }
}
