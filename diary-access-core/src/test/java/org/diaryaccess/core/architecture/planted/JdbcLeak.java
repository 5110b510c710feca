package org.diaryaccess.core.architecture.planted;

import java.sql.Connection;
import org.diaryaccess.adapters.inmemory.InMemoryStore;

/** Reaches into JDBC and an adapter: what {@code CORE_AND_SPI_KNOW_NO_ADAPTER_AND_NO_JDBC} forbids. */
public final class JdbcLeak {
  private JdbcLeak() {}

  /**
   * Touches both.
   *
   * @param connection a JDBC connection
   * @param store an adapter
   * @return whether both were given
   */
  public static boolean touch(Connection connection, InMemoryStore store) {
    return connection != null && store != null;
  }
}
