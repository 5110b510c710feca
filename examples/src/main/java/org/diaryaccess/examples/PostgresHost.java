package org.diaryaccess.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.NotificationCentre;

/**
 * A host that outgrew one machine: every instance runs this wiring against one PostgreSQL 14+,
 * each with its own connection pool. The JDBC URL comes from {@code DIARY_ACCESS_JDBC_URL} or the
 * first argument.
 *
 * <pre>
 * DIARY_ACCESS_JDBC_URL='jdbc:postgresql://db:5432/portal?user=portal&amp;password=...' java ... PostgresHost
 * </pre>
 */
public final class PostgresHost {
  private PostgresHost() {}

  /**
   * Wires the library on a pooled PostgreSQL data source; migrating is safe on every instance.
   *
   * @param jdbcUrl the database's JDBC URL, credentials included
   * @param centre the host's notification centre
   * @param diarySystem the host's diary system
   * @param clock the host's clock
   * @return the pool (close it on shutdown), the store and the library
   */
  public static Wired wire(String jdbcUrl, NotificationCentre centre, DiaryProvisioning diarySystem, Clock clock) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(10);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource pool = new HikariDataSource(config);
    JdbcStore store = JdbcStore.on(pool).migrate();
    DiaryAccess access = DiaryAccess.builder()
        .store(store)
        .notificationCentre(centre)
        .diaryProvisioning(diarySystem)
        .clock(clock)
        .build();
    return new Wired(pool, store, access);
  }

  /**
   * What the wiring made.
   *
   * @param pool the connection pool, to close on shutdown
   * @param store the JDBC store
   * @param access the library
   */
  public record Wired(HikariDataSource pool, JdbcStore store, DiaryAccess access) implements AutoCloseable {
    @Override
    public void close() {
      pool.close();
    }
  }

  /**
   * Connects, migrates and prints the policy in force.
   *
   * @param args the JDBC URL, unless {@code DIARY_ACCESS_JDBC_URL} is set
   */
  public static void main(String[] args) {
    String url = System.getenv("DIARY_ACCESS_JDBC_URL");
    if (url == null && args.length > 0) {
      url = args[0];
    }
    if (url == null) {
      System.err.println("Set DIARY_ACCESS_JDBC_URL or pass the JDBC URL as the first argument.");
      System.exit(2);
      return;
    }
    try (Wired wired = wire(url, new RecordingNotificationCentre(), new RecordingDiaryProvisioning(),
        Clock.systemUTC())) {
      System.out.println("diary-access is ready on PostgreSQL: " + wired.access().settings());
    }
  }
}
