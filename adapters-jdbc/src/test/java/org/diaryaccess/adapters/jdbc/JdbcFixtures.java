package org.diaryaccess.adapters.jdbc;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contract.StoreFixture;

/** Contract-suite fixtures for the JDBC adapter on each database. */
final class JdbcFixtures {
  private JdbcFixtures() {}

  /** A fresh H2 database per store, dropped afterwards. */
  static final class H2 implements StoreFixture {
    private final Map<DiaryStore, DataSource> databases = new IdentityHashMap<>();

    @Override
    public synchronized DiaryStore newStore() {
      DataSource h2 = Databases.freshH2();
      JdbcStore store = JdbcStore.on(h2);
      databases.put(store, h2);
      return store;
    }

    @Override
    public synchronized void closeStore(DiaryStore store) {
      DataSource h2 = databases.remove(store);
      if (h2 != null) {
        Databases.dropH2(h2);
      }
    }
  }

  /** The shared PostgreSQL, emptied for each store. */
  static final class Postgres implements StoreFixture {
    @Override
    public DiaryStore newStore() {
      return JdbcStore.on(Databases.emptyPostgres());
    }
  }
}
