package org.diaryaccess.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.tck.StoreUnderTest;
import org.jspecify.annotations.Nullable;

/** The JDBC adapter as a store under the TCK: a fresh H2 database, or the emptied PostgreSQL. */
final class JdbcBackend implements StoreUnderTest {
  private final JdbcStore store;
  private final @Nullable DataSource h2;
  private final boolean postgres;
  private @Nullable HikariDataSource secondPool;

  private JdbcBackend(JdbcStore store, @Nullable DataSource h2) {
    this(store, h2, false);
  }

  private JdbcBackend(JdbcStore store, @Nullable DataSource h2, boolean postgres) {
    this.store = store;
    this.h2 = h2;
    this.postgres = postgres;
  }

  /** On the shared H2 database, emptied. */
  static JdbcBackend h2() {
    return new JdbcBackend(JdbcStore.on(Databases.emptyH2()), null);
  }

  /** On an H2 database of its own, dropped when the backend closes. */
  static JdbcBackend freshH2() {
    DataSource h2 = Databases.freshH2();
    return new JdbcBackend(JdbcStore.on(h2), h2);
  }

  /**
   * A backend on any data source (an instrumented one, say); nothing to drop afterwards.
   *
   * @param dataSource a migrated database
   * @return the backend
   */
  static JdbcBackend on(DataSource dataSource) {
    return new JdbcBackend(JdbcStore.on(dataSource), null);
  }

  static JdbcBackend postgres() {
    return new JdbcBackend(JdbcStore.on(Databases.emptyPostgres()), null, true);
  }

  /** On PostgreSQL, a store on a pool of its own, as another host instance has; elsewhere the same store. */
  @Override
  public synchronized DiaryStore anotherInstance() {
    if (!postgres) {
      return store;
    }
    if (secondPool == null) {
      secondPool = Databases.anotherPostgresInstance(2);
    }
    return JdbcStore.on(secondPool);
  }

  @Override
  public DiaryStore store() {
    return store;
  }

  @Override
  public void saveCitizen(Citizen citizen) {
    store.citizens().save(citizen);
  }

  @Override
  public synchronized void close() {
    if (h2 != null) {
      Databases.dropH2(h2);
    }
    if (secondPool != null) {
      secondPool.close();
    }
  }
}
