package org.diaryaccess.adapters.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether PostgreSQL keeps the store's statements prepared on the server. A decision is one
 * statement run again and again; pgjdbc prepares it on the server from its fifth use, and from
 * then on PostgreSQL neither parses nor plans it. With {@code prepareThreshold=0} or
 * {@code preferQueryMode=simple} (settings often made for a transaction-mode pooler) every
 * decision is parsed and planned afresh. The store still works, so this only warns, once per
 * store, at start-up.
 *
 * <p>pgjdbc is the host's dependency, not this module's: its connection is read reflectively.
 */
final class ServerSidePrepares {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);
  private static final String PG_CONNECTION = "org.postgresql.PGConnection";

  private ServerSidePrepares() {}

  /** Warns if the data source's PostgreSQL connections do not prepare statements on the server. */
  static void warnIfOff(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      offBecause(connection).ifPresent(setting -> LOG.warn("PostgreSQL statements are not prepared on the server "
          + "({}): every access decision is parsed and planned again, several times slower. Remove the "
          + "setting; behind a transaction-mode pooler, use one that keeps prepared statements "
          + "(PgBouncer 1.21 or later with max_prepared_statements).", setting));
    } catch (SQLException e) {
      throw Sql.translate(e);
    }
  }

  /**
   * The setting that keeps statements from being prepared on the server, if any.
   *
   * @param connection a connection, possibly pooled, to PostgreSQL through pgjdbc
   * @return the setting as the host would write it, or empty if statements are prepared (or the
   *     connection is not pgjdbc's)
   */
  static Optional<String> offBecause(Connection connection) throws SQLException {
    Class<?> pg = pgConnection();
    if (pg == null || !connection.isWrapperFor(pg)) {
      return Optional.empty();
    }
    Object pgConnection = connection.unwrap(pg);
    try {
      Object mode = pg.getMethod("getPreferQueryMode").invoke(pgConnection);
      if ("SIMPLE".equals(String.valueOf(mode))) {
        return Optional.of("preferQueryMode=simple");
      }
      int threshold = (Integer) pg.getMethod("getPrepareThreshold").invoke(pgConnection);
      return threshold <= 0 ? Optional.of("prepareThreshold=" + threshold) : Optional.empty();
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | ClassCastException e) {
      // A pgjdbc without these methods: nothing can be said.
      return Optional.empty();
    }
  }

  private static @Nullable Class<?> pgConnection() {
    for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
        ServerSidePrepares.class.getClassLoader()}) {
      try {
        return Class.forName(PG_CONNECTION, false, loader);
      } catch (ClassNotFoundException | RuntimeException e) {
        // try the next loader
      }
    }
    return null;
  }
}
