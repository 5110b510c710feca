package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.tck.DiaryStoreTck;
import org.diaryaccess.tck.StoreUnderTest;

/**
 * The JDBC adapter on a real PostgreSQL passes the TCK, run exactly as a host runs it: the shared
 * server emptied per store, and a second pool of its own as the second host instance.
 */
class PostgresStoreTckTest extends DiaryStoreTck {
  @Override
  protected StoreUnderTest openStore() {
    return JdbcBackend.postgres();
  }

  /** Shorter sequences on PostgreSQL, where every step is round trips to the server. */
  @Override
  protected int sequenceSteps() {
    return 30;
  }
}
