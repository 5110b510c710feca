package org.diaryaccess.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.model.Citizen;
import org.diaryaccess.spi.model.Grant;
import org.diaryaccess.spi.model.PupilRecord;

/** Loads a city into a store and wires the library on it, as a host would. */
final class Stores {
  private static int h2Databases;

  private Stores() {}

  /**
   * A library on the named store, holding the city.
   *
   * @param kind {@code inmemory}, {@code h2} or {@code postgres}
   * @param city the city to load
   * @return the library
   */
  static DiaryAccess load(String kind, City city) {
    DiaryStore store;
    switch (kind) {
      case "inmemory" -> {
        InMemoryStore memory = new InMemoryStore();
        city.citizens.forEach(memory.citizens()::save);
        store = memory;
      }
      case "h2" -> {
        JdbcStore jdbc = JdbcStore.embeddedH2("bench" + nextH2());
        jdbc.unitOfWork().write(() -> {
          for (Citizen citizen : city.citizens) {
            jdbc.citizens().save(citizen);
          }
          return Boolean.TRUE;
        });
        store = jdbc;
      }
      case "postgres" -> {
        JdbcStore jdbc = JdbcStore.on(Postgres.freshDatabase()).migrate();
        jdbc.unitOfWork().write(() -> {
          for (Citizen citizen : city.citizens) {
            jdbc.citizens().save(citizen);
          }
          return Boolean.TRUE;
        });
        store = jdbc;
      }
      default -> throw new IllegalArgumentException("unknown store: " + kind);
    }
    for (int from = 0; from < city.records.size(); from += 10_000) {
      List<PupilRecord> batch =
          city.records.subList(from, Math.min(city.records.size(), from + 10_000));
      store.schoolRegister().upsert(batch);
    }
    DiaryStore loaded = store;
    loaded.unitOfWork().write(() -> {
      for (Grant grant : city.grants) {
        loaded.grants().insert(grant);
      }
      return Boolean.TRUE;
    });
    return DiaryAccess.builder().store(store).notificationCentre(new RecordingNotificationCentre())
        .diaryProvisioning(new RecordingDiaryProvisioning()).clock(Clock.fixed(City.NOW, ZoneOffset.UTC)).build();
  }

  private static synchronized int nextH2() {
    return ++h2Databases;
  }

  /** One embedded PostgreSQL per JVM, a fresh database per load, reached over loopback through a pool. */
  private static final class Postgres {
    private static final EmbeddedPostgres SERVER = start();
    private static int databases;

    static synchronized DataSource freshDatabase() {
      String name = "bench" + ++databases;
      try (Connection c = SERVER.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create database " + name, e);
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(SERVER.getJdbcUrl("postgres", name));
      config.setMaximumPoolSize(4);
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
      return new HikariDataSource(config);
    }

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            // exiting anyway
          }
        }));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
  }
}
