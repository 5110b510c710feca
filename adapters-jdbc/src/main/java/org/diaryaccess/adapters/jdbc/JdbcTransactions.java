package org.diaryaccess.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.diaryaccess.spi.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * Units of work as database transactions: a writing unit of work is one transaction on one
 * connection (committed, or rolled back on any failure); a reading one runs on one connection in
 * auto-commit, so a decision costs no transaction round trips. A port called outside any unit of
 * work runs in a transaction of its own. Nested units of work join the enclosing one.
 */
final class JdbcTransactions implements UnitOfWork {
  private final DataSource dataSource;
  /** The connection of the unit of work this thread runs in this store, if any. */
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable Connection> current = new ThreadLocal<>();

  JdbcTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T write(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    Connection connection = open();
    try {
      connection.setAutoCommit(false);
      current.set(connection);
      T result = work.get();
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(connection, e);
      throw Sql.translate(e);
    } catch (RuntimeException | Error e) {
      rollback(connection, e);
      throw e;
    } finally {
      current.remove();
      close(connection);
    }
  }

  @Override
  public <T> T read(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    Connection connection = open();
    try {
      current.set(connection);
      return work.get();
    } finally {
      current.remove();
      close(connection);
    }
  }

  /** Runs statements on the current unit of work's connection, or in a transaction of their own. */
  <T> T onConnection(Sql.ConnectionWork<T> work) {
    Connection connection = current.get();
    if (connection == null) {
      return write(() -> onConnection(work));
    }
    try {
      return work.apply(connection);
    } catch (SQLException e) {
      throw Sql.translate(e);
    }
  }

  /** Whether this thread is inside a writing unit of work. */
  boolean inTransaction() {
    Connection connection = current.get();
    try {
      return connection != null && !connection.getAutoCommit();
    } catch (SQLException e) {
      throw Sql.translate(e);
    }
  }

  private Connection open() {
    try {
      Connection connection = dataSource.getConnection();
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      return connection;
    } catch (SQLException e) {
      throw Sql.translate(e);
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void close(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // A broken connection: the pool discards it on close; the unit of work already ended.
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing is pending on it: committed or rolled back above.
    }
  }
}
