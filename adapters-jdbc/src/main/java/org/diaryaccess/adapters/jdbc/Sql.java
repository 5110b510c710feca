package org.diaryaccess.adapters.jdbc;

import com.google.common.collect.Lists;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.diaryaccess.spi.error.PermanentStorageException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.StorageException;
import org.diaryaccess.spi.error.TransientStorageException;
import org.jspecify.annotations.Nullable;

/** Statements on the current unit of work's connection, with SQL errors turned into typed storage errors. */
final class Sql {
  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(Params p) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  interface Row<T> {
    T read(Cells row) throws SQLException;
  }

  /** Reads a whole result, moving through its rows with {@link Cells#next}. */
  @FunctionalInterface
  interface Rows<T> {
    T read(Cells rows) throws SQLException;
  }

  private final JdbcTransactions tx;

  Sql(JdbcTransactions tx) {
    this.tx = tx;
  }

  <T> List<T> list(String sql, Binder binder, Row<T> row) {
    return tx.onConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(new Params(ps));
        try (ResultSet rs = ps.executeQuery()) {
          Cells cells = Cells.of(sql, rs);
          List<T> out = new ArrayList<>();
          while (rs.next()) {
            out.add(row.read(cells));
          }
          return out;
        }
      }
    });
  }

  /** A whole result read at once, without a list of rows between the driver and the reader. */
  <T> T query(String sql, Binder binder, Rows<T> rows) {
    return tx.onConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(new Params(ps));
        try (ResultSet rs = ps.executeQuery()) {
          return rows.read(Cells.of(sql, rs));
        }
      }
    });
  }

  <T> Optional<T> one(String sql, Binder binder, Row<T> row) {
    List<T> rows = list(sql, binder, row);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  int update(String sql, Binder binder) {
    return tx.changing(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(new Params(ps));
        return ps.executeUpdate();
      }
    });
  }

  /** Runs an insert and returns the key the database generated for the named column. */
  long insertReturningKey(String sql, String keyColumn, Binder binder) {
    return tx.changing(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql, new String[] {keyColumn})) {
        binder.bind(new Params(ps));
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          if (!keys.next()) {
            throw new SQLException("no key generated for " + keyColumn, "22000");
          }
          return keys.getLong(1);
        }
      }
    });
  }

  /** Values per {@code IN (...)} list: well under every driver's parameter limit. */
  static final int IN_CHUNK = 500;

  /**
   * A statement with an {@code IN} list, run once per chunk of the values.
   *
   * @param template the statement, {@code %s} where the placeholders go
   * @param values the values, each bound as text
   * @return rows changed, over all chunks
   */
  int updateIn(String template, List<String> values) {
    int changed = 0;
    for (List<String> chunk : Lists.partition(values, IN_CHUNK)) {
      changed += update(template.formatted(placeholders(chunk.size())), p -> {
        for (String value : chunk) {
          p.text(value);
        }
      });
    }
    return changed;
  }

  /**
   * A query with an {@code IN} list, run once per chunk of the values.
   *
   * @param template the query, {@code %s} where the placeholders go
   * @param values the values, each bound as text
   * @param row reads a row
   * @return the rows of every chunk, chunk after chunk
   */
  <T> List<T> listIn(String template, List<String> values, Row<T> row) {
    List<T> rows = new ArrayList<>();
    for (List<String> chunk : Lists.partition(values, IN_CHUNK)) {
      rows.addAll(list(template.formatted(placeholders(chunk.size())), p -> {
        for (String value : chunk) {
          p.text(value);
        }
      }, row));
    }
    return rows;
  }

  /**
   * Takes the {@code da_lock} rows with these keys until the current transaction ends. Rows are
   * created on first use (a race to create one is a transient conflict, retried) and taken in key
   * order, so two callers never wait on each other in a cycle.
   *
   * @param keys the lock keys
   */
  void lockRows(Collection<String> keys) {
    TreeSet<String> ordered = new TreeSet<>(keys);
    batch("INSERT INTO da_lock (lock_key) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM da_lock WHERE lock_key = ?)",
        ordered.stream().<Binder>map(k -> p -> p.text(k).text(k)).toList());
    for (String key : ordered) {
      list("SELECT lock_key FROM da_lock WHERE lock_key = ? FOR UPDATE", p -> p.text(key),
          cells -> cells.required("lock_key"));
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** Runs one statement for each binder, sent to the database in batches. */
  void batch(String sql, List<Binder> binders) {
    if (binders.isEmpty()) {
      return;
    }
    tx.changing(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int pending = 0;
        for (Binder binder : binders) {
          binder.bind(new Params(ps));
          ps.addBatch();
          if (++pending == 1_000) {
            ps.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          ps.executeBatch();
        }
        return Boolean.TRUE;
      }
    });
  }

  /** Sets parameters in order, with the types this schema uses. */
  static final class Params {
    private final PreparedStatement ps;
    private int index;

    Params(PreparedStatement ps) {
      this.ps = ps;
    }

    Params text(@Nullable String value) throws SQLException {
      ps.setString(++index, value);
      return this;
    }

    Params number(long value) throws SQLException {
      ps.setLong(++index, value);
      return this;
    }

    Params flag(boolean value) throws SQLException {
      ps.setBoolean(++index, value);
      return this;
    }

    Params date(@Nullable LocalDate value) throws SQLException {
      if (value == null) {
        ps.setNull(++index, Types.DATE);
      } else {
        ps.setObject(++index, value);
      }
      return this;
    }

    Params instant(@Nullable Instant value) throws SQLException {
      if (value == null) {
        ps.setNull(++index, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        ps.setObject(++index, value.atOffset(ZoneOffset.UTC));
      }
      return this;
    }
  }

  /**
   * A typed storage error for a failed statement: concurrency conflicts and lost connections —
   * including a server shutting down or starting up ({@code 57P01}–{@code 57P03}) — are transient
   * (the command is retried); anything else is permanent.
   */
  static StorageException translate(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("40") || state.equals("23505") || state.equals("55P03") || state.equals("HYT00")
        || state.equals("57014")) {
      return new TransientStorageException(ReasonCode.CONCURRENT_UPDATE, e);
    }
    if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
      return new TransientStorageException(ReasonCode.STORAGE_UNAVAILABLE, e);
    }
    return new PermanentStorageException(e);
  }

  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  interface ConnectionWork<T> {
    T apply(Connection connection) throws SQLException;
  }
}
