package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A host whose PostgreSQL settings turn off server-side prepared statements is told so at start-up. */
class ServerSidePreparesTest {
  private final Logger log = (Logger) LoggerFactory.getLogger(JdbcStore.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level wasLevel = Level.OFF;

  /** The tests' logging turns the library's lines off; this test reads them. */
  @BeforeEach
  void listen() {
    wasLevel = log.getLevel();
    log.setLevel(Level.INFO);
    lines.start();
    log.addAppender(lines);
  }

  @AfterEach
  void stopListening() {
    log.detachAppender(lines);
    log.setLevel(wasLevel);
  }

  private static Optional<String> offBecause(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return ServerSidePrepares.offBecause(connection);
    }
  }

  @Test
  void pgjdbcDefaultsPrepareOnTheServer() throws SQLException {
    try (HikariDataSource pool = Databases.postgresWith()) {
      assertThat(offBecause(pool)).isEmpty();
      JdbcStore.on(pool);
    }
    assertThat(lines.list).noneMatch(line -> line.getLevel() == Level.WARN);
  }

  @Test
  void aZeroThresholdIsNamedAndWarnedOf() throws SQLException {
    try (HikariDataSource pool = Databases.postgresWith("prepareThreshold", "0")) {
      assertThat(offBecause(pool)).contains("prepareThreshold=0");
      JdbcStore.on(pool);
    }
    assertThat(lines.list).singleElement().satisfies(line -> {
      assertThat(line.getLevel()).isEqualTo(Level.WARN);
      assertThat(line.getFormattedMessage()).contains("prepareThreshold=0", "not prepared on the server");
    });
  }

  @Test
  void theSimpleQueryModeIsNamed() throws SQLException {
    try (HikariDataSource pool = Databases.postgresWith("preferQueryMode", "simple")) {
      assertThat(offBecause(pool)).contains("preferQueryMode=simple");
    }
  }

  @Test
  void h2IsNotPostgres() throws SQLException {
    assertThat(offBecause(Databases.freshH2())).isEmpty();
  }
}
