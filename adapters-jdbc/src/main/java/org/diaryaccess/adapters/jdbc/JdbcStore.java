package org.diaryaccess.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.InvitationFacts;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.TrustedPersonFacts;
import org.diaryaccess.spi.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * Every storage port on a host's {@link DataSource}: H2 2.x embedded, or PostgreSQL 14+ shared by
 * many host instances. Each unit of work is one transaction; invariants are held by the
 * database, so any number of instances may run commands and housekeeping at once.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.on(dataSource).migrate();   // or run MIGRATIONS with your own Flyway
 * DiaryAccess access = DiaryAccess.builder().store(store)...build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JdbcStore implements DiaryStore {
  /**
   * Where the schema's Flyway migrations live in this jar, for a host's own Flyway; it needs
   * {@link #MIGRATIONS_POSTGRESQL} or {@link #MIGRATIONS_H2} beside it.
   */
  public static final String MIGRATIONS = "classpath:db/diary-access";
  /** The migrations only PostgreSQL runs (the audit log's guard in PL/pgSQL), beside {@link #MIGRATIONS}. */
  public static final String MIGRATIONS_POSTGRESQL = "classpath:db/diary-access-postgresql";
  /** The migrations only H2 runs (the audit log's guard as an H2 trigger), beside {@link #MIGRATIONS}. */
  public static final String MIGRATIONS_H2 = "classpath:db/diary-access-h2";
  /** The Flyway history table the adapter uses when it migrates itself. */
  public static final String HISTORY_TABLE = "da_schema_history";

  private final DataSource dataSource;
  private final @Nullable HikariDataSource ownPool;
  private final JdbcTransactions tx;
  private final JdbcCitizens citizens;
  private final JdbcSchoolRegister register;
  private final JdbcInvitations invitations;
  private final JdbcGrants grants;
  private final JdbcOutbox outbox;
  private final JdbcAuditLog audit;
  private final JdbcAccessFacts facts;
  private final JdbcInvitationFacts invitationFacts;
  private final JdbcTrustedPersonFacts trustedPersonFacts;
  private final JdbcDiaryViews views;

  private JdbcStore(DataSource dataSource, @Nullable HikariDataSource ownPool) {
    this.dataSource = dataSource;
    this.ownPool = ownPool;
    this.tx = new JdbcTransactions(dataSource);
    Sql sql = new Sql(tx);
    Dialect dialect = Dialect.of(dataSource);
    if (dialect == Dialect.POSTGRESQL) {
      ServerSidePrepares.warnIfOff(dataSource);
    }
    this.citizens = new JdbcCitizens(tx, sql, dialect);
    this.register = new JdbcSchoolRegister(tx, sql, dialect);
    this.invitations = new JdbcInvitations(tx, sql);
    this.grants = new JdbcGrants(sql);
    this.outbox = new JdbcOutbox(tx, sql, dialect);
    this.audit = new JdbcAuditLog(tx, sql);
    this.facts = new JdbcAccessFacts(tx, sql);
    this.invitationFacts = new JdbcInvitationFacts(sql);
    this.trustedPersonFacts = new JdbcTrustedPersonFacts(sql);
    this.views = new JdbcDiaryViews(tx, sql, dialect);
  }

  /**
   * A store on the host's data source (pooled, for production). The schema must exist: call
   * {@link #migrate()} or run {@link #MIGRATIONS} with the host's Flyway.
   *
   * @param dataSource H2 2.x or PostgreSQL 14+
   * @return the store
   */
  public static JdbcStore on(DataSource dataSource) {
    return new JdbcStore(checkNotNull(dataSource, "dataSource"), null);
  }

  /** H2's error code for "database is already closed". */
  private static final int H2_DATABASE_CLOSED = 90121;

  /**
   * H2's setting for how many parsed statements each session keeps, as the embedded stores set
   * it; a host that gives {@link #on} its own H2 data source should add it to the URL too.
   */
  public static final String H2_QUERY_CACHE = "QUERY_CACHE_SIZE=128";

  /** Connections an embedded H2 store's pool holds at most, unless told otherwise. */
  public static final int EMBEDDED_POOL_SIZE = 32;

  /**
   * A store on an in-memory H2 database, migrated: for examples, tests and trials. Its data lives
   * in this JVM only — until {@link #close()} or the JVM's exit — and is lost on restart; use
   * {@link #embeddedH2(Path)} to keep it. Needs {@code com.h2database:h2} and
   * {@code com.zaxxer:HikariCP} on the class path (both optional dependencies of this module).
   *
   * @param name the database's name; the same name gives the same database while it is open
   * @return the migrated store; close it to release the database and its pool
   */
  public static JdbcStore embeddedH2(String name) {
    checkArgument(name.matches("[A-Za-z0-9_-]{1,64}"), "database name %s", name);
    return embedded("diary-access-h2-" + name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", EMBEDDED_POOL_SIZE);
  }

  /**
   * A store on an H2 database in a file, migrated: the embedded store for a single-instance host.
   * Its data survives restarts. Needs {@code com.h2database:h2} and {@code com.zaxxer:HikariCP}.
   *
   * <pre>{@code
   * try (JdbcStore store = JdbcStore.embeddedH2(Path.of("/var/lib/portal/diary-access"))) { ... }
   * }</pre>
   *
   * @param file the database file, without H2's {@code .mv.db} suffix; its folder is created
   * @return the migrated store; close it to release the file and its pool
   */
  public static JdbcStore embeddedH2(Path file) {
    return embeddedH2(file, EMBEDDED_POOL_SIZE);
  }

  /**
   * A store on an H2 database in a file, migrated, with a pool of the given size.
   *
   * @param file the database file, without H2's {@code .mv.db} suffix; its folder is created
   * @param poolSize connections the pool holds at most, 1 to 256
   * @return the migrated store; close it to release the file and its pool
   */
  public static JdbcStore embeddedH2(Path file, int poolSize) {
    checkNotNull(file, "file");
    checkArgument(poolSize >= 1 && poolSize <= 256, "pool size %s is not within 1..256", poolSize);
    Path absolute = file.toAbsolutePath().normalize();
    try {
      Path folder = absolute.getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + absolute, e);
    }
    return embedded("diary-access-h2-file", "jdbc:h2:file:" + absolute, poolSize);
  }

  private static JdbcStore embedded(String poolName, String url, int poolSize) {
    // Pooled: an H2 connection per unit of work would cost more than the query itself. Not with
    // H2's own pool, whose connection handles re-parse every statement (a decision cost 6x more).
    // And with room in each session's cache of parsed statements for every statement the store
    // runs: H2 keeps 8 by default, fewer than a command runs, so each command parsed them all again.
    HikariConfig config = new HikariConfig();
    config.setPoolName(poolName);
    config.setJdbcUrl(url + ";" + H2_QUERY_CACHE);
    config.setUsername("sa");
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(Math.min(2, poolSize));
    HikariDataSource pool = new HikariDataSource(config);
    try {
      return new JdbcStore(pool, pool).migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * Closes what this store opened itself: the pool (and with it the database) of an embedded H2
   * store. A store {@link #on} the host's data source leaves it open: the host owns it.
   */
  @Override
  public void close() {
    if (ownPool == null || ownPool.isClosed()) {
      return;
    }
    // An embedded store is always H2: shut the database down, so that an in-memory one is gone and
    // a file is released for the next open, then close the pool.
    try (Connection connection = ownPool.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      // The pool handing the shut connection back finds the database closed: what was asked.
      if (e.getErrorCode() != H2_DATABASE_CLOSED) {
        throw Sql.translate(e);
      }
    } finally {
      ownPool.close();
    }
  }

  /**
   * Brings the schema up to date with the migrations in this jar (history in
   * {@value #HISTORY_TABLE}). Safe to call from every instance at start-up.
   *
   * @return this store
   */
  public JdbcStore migrate() {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(MIGRATIONS, Dialect.of(dataSource) == Dialect.POSTGRESQL ? MIGRATIONS_POSTGRESQL : MIGRATIONS_H2)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    return this;
  }

  @Override
  public JdbcCitizens citizens() {
    return citizens;
  }

  @Override
  public SchoolRegister schoolRegister() {
    return register;
  }

  @Override
  public Invitations invitations() {
    return invitations;
  }

  @Override
  public Grants grants() {
    return grants;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public AuditLog auditLog() {
    return audit;
  }

  @Override
  public DiaryViews diaryViews() {
    return views;
  }

  @Override
  public UnitOfWork unitOfWork() {
    return tx;
  }

  /** Everything a decision reads, in one query. */
  @Override
  public AccessFacts accessFacts() {
    return facts;
  }

  /** What the invitation rule reads, in one query. */
  @Override
  public InvitationFacts invitationFacts() {
    return invitationFacts;
  }

  /** What the trusted-persons page reads, in one query. */
  @Override
  public TrustedPersonFacts trustedPersonFacts() {
    return trustedPersonFacts;
  }
}
