package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.tck.DiaryStoreTck;
import org.diaryaccess.tck.StoreUnderTest;

/** The JDBC adapter on H2 passes the TCK, run exactly as a host runs it: a database of its own per store. */
class H2StoreTckTest extends DiaryStoreTck {
  @Override
  protected StoreUnderTest openStore() {
    return JdbcBackend.freshH2();
  }
}
