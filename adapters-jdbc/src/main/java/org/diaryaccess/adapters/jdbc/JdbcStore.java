package org.diaryaccess.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.InvitationFacts;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.flywaydb.core.Flyway;

/**
 * Every storage port on a host's {@link DataSource}: H2 2.x embedded, or PostgreSQL 14+ shared by
 * many host instances. Each unit of work is one transaction; invariants are held by the
 * database, so any number of instances may run commands and housekeeping at once.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.on(dataSource).migrate();   // or run MIGRATIONS with your own Flyway
 * DiaryAccess access = DiaryAccess.builder().store(store)...build();
 * }</pre>
 */
public final class JdbcStore implements DiaryStore {
  /** Where the schema's Flyway migrations live in this jar, for a host's own Flyway. */
  public static final String MIGRATIONS = "classpath:db/diary-access";
  /** The Flyway history table the adapter uses when it migrates itself. */
  public static final String HISTORY_TABLE = "da_schema_history";

  private final DataSource dataSource;
  private final JdbcTransactions tx;
  private final JdbcCitizens citizens;
  private final JdbcSchoolRegister register;
  private final JdbcInvitations invitations;
  private final JdbcGrants grants;
  private final JdbcOutbox outbox;
  private final JdbcAuditLog audit;
  private final JdbcAccessFacts facts;
  private final JdbcInvitationFacts invitationFacts;

  private JdbcStore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.tx = new JdbcTransactions(dataSource);
    Sql sql = new Sql(tx);
    Dialect dialect = Dialect.of(dataSource);
    this.citizens = new JdbcCitizens(tx, sql, dialect);
    this.register = new JdbcSchoolRegister(tx, sql, dialect);
    this.invitations = new JdbcInvitations(tx, sql);
    this.grants = new JdbcGrants(sql);
    this.outbox = new JdbcOutbox(tx, sql, dialect);
    this.audit = new JdbcAuditLog(tx, sql);
    this.facts = new JdbcAccessFacts(sql);
    this.invitationFacts = new JdbcInvitationFacts(sql);
  }

  /**
   * A store on the host's data source (pooled, for production). The schema must exist: call
   * {@link #migrate()} or run {@link #MIGRATIONS} with the host's Flyway.
   *
   * @param dataSource H2 2.x or PostgreSQL 14+
   * @return the store
   */
  public static JdbcStore on(DataSource dataSource) {
    return new JdbcStore(checkNotNull(dataSource, "dataSource"));
  }

  /**
   * A store on an in-process H2 database that lives as long as the JVM, migrated: the embedded
   * default for a single-instance host, examples and tests. Needs {@code com.h2database:h2} and
   * {@code com.zaxxer:HikariCP} on the class path (both optional dependencies of this module).
   *
   * @param name the database's name; the same name gives the same database
   * @return the migrated store
   */
  public static JdbcStore embeddedH2(String name) {
    checkArgument(name.matches("[A-Za-z0-9_-]{1,64}"), "database name %s", name);
    // Pooled: an H2 connection per unit of work would cost more than the query itself. Not with
    // H2's own pool, whose connection handles re-parse every statement (a decision cost 6x more).
    HikariConfig config = new HikariConfig();
    config.setPoolName("diary-access-h2-" + name);
    config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    config.setUsername("sa");
    config.setMaximumPoolSize(32);
    config.setMinimumIdle(2);
    return on(new HikariDataSource(config)).migrate();
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
        .locations(MIGRATIONS)
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
}
