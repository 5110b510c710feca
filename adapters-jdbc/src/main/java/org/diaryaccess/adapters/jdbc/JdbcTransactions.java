package org.diaryaccess.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.diaryaccess.spi.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * Units of work as database transactions: a writing unit of work is one transaction on one
 * connection (committed, or rolled back on a failure after a statement that changes rows); a
 * reading one runs on one connection in auto-commit, so a decision costs no transaction round
 * trips. A port called outside any unit of work runs in a transaction of its own. Nested units of
 * work join the enclosing one.
 *
 * <p>A writing unit of work that fails having changed nothing — a rule's refusal after reading
 * its facts — ends with a commit: either end leaves such a transaction's rows as they were and
 * releases its locks, but H2 empties the session's cache of parsed statements on every rollback,
 * so each refused command made the next one parse and plan all of its statements again.
 */
final class JdbcTransactions implements UnitOfWork {
  private final DataSource dataSource;
  /** The unit of work this thread runs in this store, if any. */
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable Unit> current = new ThreadLocal<>();

  /** A unit of work's connection, and whether a statement that changes rows has run on it. */
  private static final class Unit {
    final Connection connection;
    boolean changed;

    Unit(Connection connection) {
      this.connection = connection;
    }
  }

  JdbcTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T write(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    Unit unit = new Unit(open());
    Connection connection = unit.connection;
    try {
      connection.setAutoCommit(false);
      current.set(unit);
      T result = work.get();
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(connection, e);
      throw Sql.translate(e);
    } catch (RuntimeException e) {
      if (unit.changed || !committed(connection, e)) {
        rollback(connection, e);
      }
      throw e;
    } catch (Error e) {
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
      current.set(new Unit(connection));
      return work.get();
    } finally {
      current.remove();
      close(connection);
    }
  }

  /**
   * Runs statements that only read (locking reads included) on the current unit of work's
   * connection, or in a transaction of their own.
   */
  <T> T onConnection(Sql.ConnectionWork<T> work) {
    return run(work, false);
  }

  /** Runs statements that may change rows, as {@link #onConnection} runs reads. */
  <T> T changing(Sql.ConnectionWork<T> work) {
    return run(work, true);
  }

  private <T> T run(Sql.ConnectionWork<T> work, boolean changes) {
    Unit unit = current.get();
    if (unit == null) {
      return write(() -> run(work, changes));
    }
    unit.changed |= changes;
    try {
      return work.apply(unit.connection);
    } catch (SQLException e) {
      throw Sql.translate(e);
    }
  }

  /** Whether this thread is inside a writing unit of work. */
  boolean inTransaction() {
    Unit unit = current.get();
    try {
      return unit != null && !unit.connection.getAutoCommit();
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

  /** Ends a transaction that changed nothing with a commit; false if the commit failed. */
  private static boolean committed(Connection connection, Throwable cause) {
    try {
      connection.commit();
      return true;
    } catch (SQLException e) {
      cause.addSuppressed(e);
      return false;
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
