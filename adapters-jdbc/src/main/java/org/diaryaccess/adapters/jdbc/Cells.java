package org.diaryaccess.adapters.jdbc;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The current row of a result set, read by column label at the cost of reading by position.
 *
 * <p>Drivers resolve a label on every call, and H2 builds a fresh label map for every result set:
 * for a decision's 70 columns that cost more than the query. Here each statement's labels are
 * resolved once, from its metadata, and kept for as long as the statement is in use. A view with a
 * prefix ({@link #prefixed}) reads the columns of one joined table by their unprefixed names.
 */
final class Cells {
  /** Column positions per statement text; dynamic statements are few, but bounded all the same. */
  private static final Cache<String, Labels> STATEMENTS = CacheBuilder.newBuilder().maximumSize(1_024).build();

  private final ResultSet rs;
  private final Labels labels;

  private Cells(ResultSet rs, Labels labels) {
    this.rs = rs;
    this.labels = labels;
  }

  /** The cells of a result set produced by a statement's text. */
  static Cells of(String statement, ResultSet rs) throws SQLException {
    Labels labels = STATEMENTS.getIfPresent(statement);
    if (labels == null) {
      labels = Labels.of(rs.getMetaData());
      STATEMENTS.put(statement, labels);
    }
    return new Cells(rs, labels);
  }

  /** A view of the columns labelled {@code prefix + name}, read by {@code name}. */
  Cells prefixed(String prefix) {
    return prefix.isEmpty() ? this : new Cells(rs, labels.prefixed(prefix));
  }

  /** Moves to the next row, as {@link ResultSet#next}; a prefixed view moves its result too. */
  boolean next() throws SQLException {
    return rs.next();
  }

  @Nullable String text(String label) throws SQLException {
    return rs.getString(labels.index(label));
  }

  /** A value the schema declares {@code NOT NULL}. */
  String required(String label) throws SQLException {
    String value = text(label);
    if (value == null) {
      throw new SQLException("column " + label + " is null", "22004");
    }
    return value;
  }

  long number(String label) throws SQLException {
    return rs.getLong(labels.index(label));
  }

  int integer(String label) throws SQLException {
    return rs.getInt(labels.index(label));
  }

  boolean flag(String label) throws SQLException {
    return rs.getBoolean(labels.index(label));
  }

  @Nullable LocalDate date(String label) throws SQLException {
    return rs.getObject(labels.index(label), LocalDate.class);
  }

  @Nullable Instant instant(String label) throws SQLException {
    OffsetDateTime value = rs.getObject(labels.index(label), OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  Instant requiredInstant(String label) throws SQLException {
    Instant value = instant(label);
    if (value == null) {
      throw new SQLException("column " + label + " is null", "22004");
    }
    return value;
  }

  /** The first column as a number: a count. */
  int count() throws SQLException {
    return rs.getInt(1);
  }

  /** Labels (lower case, the first of any duplicates) and their positions; immutable once built. */
  private static final class Labels {
    private final Map<String, Integer> positions;
    private final Map<String, Labels> views = new ConcurrentHashMap<>();

    private Labels(Map<String, Integer> positions) {
      this.positions = positions;
    }

    static Labels of(ResultSetMetaData meta) throws SQLException {
      Map<String, Integer> positions = new HashMap<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        positions.putIfAbsent(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
      }
      return new Labels(positions);
    }

    int index(String label) throws SQLException {
      Integer position = positions.get(label);
      if (position == null) {
        throw new SQLException("no column labelled " + label, "42S22");
      }
      return position;
    }

    Labels prefixed(String prefix) {
      return views.computeIfAbsent(prefix, p -> {
        Map<String, Integer> view = new HashMap<>();
        positions.forEach((label, position) -> {
          if (label.startsWith(p)) {
            view.putIfAbsent(label.substring(p.length()), position);
          }
        });
        return new Labels(view);
      });
    }
  }
}
