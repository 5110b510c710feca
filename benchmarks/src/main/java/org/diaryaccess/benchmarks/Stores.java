package org.diaryaccess.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.tck.harness.MutableClock;
import org.jspecify.annotations.Nullable;

/** Loads a city into a store and wires the library on it, as a host would. */
final class Stores {
  private static final int IMPORT_BATCH = 10_000;
  private static int h2Databases;

  private Stores() {}

  /**
   * A store holding a city, and the library wired on it.
   *
   * @param access the library
   * @param store the store
   * @param clock the library's clock
   */
  record Loaded(DiaryAccess access, DiaryStore store, MutableClock clock, @Nullable DataSource dataSource) {
    /** H2's error code for "database is already closed". */
    private static final int H2_DATABASE_CLOSED = 90121;

    /**
     * Lets the city go: closes the library, shuts an in-process H2 database down (it outlives
     * its connections otherwise) and closes the pool. A PostgreSQL database stays on the server's
     * disk, not in this JVM.
     */
    void release() {
      access.close();
      if (dataSource instanceof HikariDataSource pool) {
        // As JdbcStore.close shuts its embedded H2 down.
        if (pool.getJdbcUrl().startsWith("jdbc:h2:")) {
          try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
          } catch (SQLException e) {
            // The pool taking the shut connection back finds the database closed: what was asked.
            if (e.getErrorCode() != H2_DATABASE_CLOSED) {
              throw new IllegalStateException("H2 did not shut down", e);
            }
          }
        }
        pool.close();
      }
    }
  }

  /**
   * A library on the named store, holding the city.
   *
   * @param kind {@code inmemory}, {@code h2}, {@code postgres}, or {@code postgres-unprepared}
   *     (pgjdbc told {@code prepareThreshold=0}, as a host behind a transaction-mode pooler might)
   * @param city the city to load
   * @return the library, its store and its clock
   */
  static Loaded load(String kind, City city) {
    return load(kind, city, AccessSettings.defaults());
  }

  /**
   * A library with the given settings on the named store, holding the city.
   *
   * @param kind as for {@link #load(String, City)}
   * @param city the city to load
   * @param settings the library's settings
   * @return the library, its store and its clock
   */
  static Loaded load(String kind, City city, AccessSettings settings) {
    DiaryStore store;
    DataSource dataSource = null;
    switch (kind) {
      case "inmemory" -> {
        InMemoryStore memory = new InMemoryStore();
        memory.citizens().saveAll(city.citizens);
        store = memory;
      }
      case "h2", "postgres", "postgres-unprepared" -> {
        // H2 pooled as JdbcStore.embeddedH2 pools it, but with its data source at hand.
        dataSource = emptyDatabase(kind);
        JdbcStore jdbc = JdbcStore.on(dataSource).migrate();
        saveCitizens(jdbc, city.citizens);
        store = jdbc;
      }
      default -> throw new IllegalArgumentException("unknown store: " + kind);
    }
    importRegister(store, city.records);
    DiaryStore loaded = store;
    for (int from = 0; from < city.invitations.size(); from += IMPORT_BATCH) {
      List<Invitation> batch = city.invitations.subList(from, Math.min(city.invitations.size(), from + IMPORT_BATCH));
      loaded.unitOfWork().write(() -> {
        loaded.invitations().insertAll(batch);
        return Boolean.TRUE;
      });
    }
    for (int from = 0; from < city.grants.size(); from += IMPORT_BATCH) {
      List<Grant> batch = city.grants.subList(from, Math.min(city.grants.size(), from + IMPORT_BATCH));
      loaded.unitOfWork().write(() -> {
        loaded.grants().insertAll(batch);
        return Boolean.TRUE;
      });
    }
    if (dataSource != null) {
      // As a DBA would after a bulk load: the planner's statistics, before the first question.
      analyze(dataSource);
    }
    MutableClock clock = new MutableClock(City.NOW);
    return new Loaded(access(store, clock, settings), store, clock, dataSource);
  }

  /**
   * The library on a loaded store, as a host wires it.
   *
   * @param store the store
   * @param clock the library's clock
   * @param settings the library's settings
   * @return the library
   */
  static DiaryAccess access(DiaryStore store, MutableClock clock, AccessSettings settings) {
    return DiaryAccess.builder().store(store).notificationCentre(new RecordingNotificationCentre())
        .diaryProvisioning(new RecordingDiaryProvisioning()).clock(clock).settings(settings).build();
  }

  private static void analyze(DataSource dataSource) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("ANALYZE failed", e);
    }
  }

  private static void saveCitizens(JdbcStore store, List<Citizen> citizens) {
    for (int from = 0; from < citizens.size(); from += IMPORT_BATCH) {
      store.citizens().saveAll(citizens.subList(from, Math.min(citizens.size(), from + IMPORT_BATCH)));
    }
  }

  /**
   * The night's import, as a host runs it: the register upserted in batches of ten thousand
   * records, each batch one unit of work.
   *
   * @param store the store
   * @param records every record
   */
  static void importRegister(DiaryStore store, List<PupilRecord> records) {
    for (int from = 0; from < records.size(); from += IMPORT_BATCH) {
      store.schoolRegister().upsert(records.subList(from, Math.min(records.size(), from + IMPORT_BATCH)));
    }
  }

  /**
   * An empty database of the named kind, pooled as the stores are: the floor under every query.
   *
   * @param kind {@code h2} or {@code postgres}
   * @return its data source
   */
  static DataSource emptyDatabase(String kind) {
    return switch (kind) {
      case "h2" -> {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:bench" + nextH2() + ";DB_CLOSE_DELAY=-1;" + JdbcStore.H2_QUERY_CACHE);
        config.setUsername("sa");
        config.setMaximumPoolSize(32);
        config.setMinimumIdle(2);
        yield new HikariDataSource(config);
      }
      case "postgres" -> Postgres.freshDatabase(true);
      case "postgres-unprepared" -> Postgres.freshDatabase(false);
      default -> throw new IllegalArgumentException("no database for store: " + kind);
    };
  }

  private static synchronized int nextH2() {
    return ++h2Databases;
  }

  /**
   * The system property naming the processors PostgreSQL's processes run on ({@code taskset}'s
   * list, such as {@code 1}); unset, they run wherever the system puts them.
   */
  static final String POSTGRES_CPUS = "diaryaccess.postgresCpus";

  /** One embedded PostgreSQL per JVM, a fresh database per load, reached over loopback through a pool. */
  private static final class Postgres {
    /** Every pool opened on the server, closed before it at exit so none checks a dead connection. */
    private static final List<HikariDataSource> POOLS = new ArrayList<>();
    private static final EmbeddedPostgres SERVER = start();
    private static int databases;

    static synchronized DataSource freshDatabase(boolean serverSidePrepares) {
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
      if (!serverSidePrepares) {
        config.addDataSourceProperty("prepareThreshold", "0");
      }
      HikariDataSource pool = new HikariDataSource(config);
      POOLS.add(pool);
      return pool;
    }

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        String cpus = System.getProperty(POSTGRES_CPUS);
        if (cpus != null) {
          pin(server, cpus);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          synchronized (Postgres.class) {
            POOLS.forEach(HikariDataSource::close);
          }
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

    /**
     * Pins the server's processes — the postmaster and every process it has started; the backends
     * it forks later inherit its processors — with {@code taskset}.
     */
    private static void pin(EmbeddedPostgres server, String cpus) {
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        long postmaster = parentOf(rs.getLong(1));
        List<Long> processes = new ArrayList<>(List.of(postmaster));
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
          for (Path proc : (Iterable<Path>) all::iterator) {
            String name = proc.getFileName().toString();
            if (name.chars().allMatch(Character::isDigit) && parentOf(Long.parseLong(name)) == postmaster) {
              processes.add(Long.parseLong(name));
            }
          }
        }
        for (long pid : processes) {
          Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, String.valueOf(pid))
              .redirectErrorStream(true).start();
          String said = new String(taskset.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset could not pin process " + pid + ": " + said);
          }
        }
      } catch (SQLException | IOException e) {
        throw new IllegalStateException("cannot pin PostgreSQL to processors " + cpus, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while pinning PostgreSQL", e);
      }
    }

    /** A process's parent, from {@code /proc/<pid>/stat}; -1 if it is gone. */
    private static long parentOf(long pid) {
      try {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // pid (comm) state ppid ...: the name may hold spaces, so read after its closing bracket.
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }
  }
}
