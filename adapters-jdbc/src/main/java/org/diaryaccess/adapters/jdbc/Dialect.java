package org.diaryaccess.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The little that differs between the databases the adapter runs on. */
enum Dialect {
  /** PostgreSQL 14 and later. */
  POSTGRESQL,
  /** H2 2.x, the embedded default. */
  H2;

  /** The row-locking clause for claiming work several instances compete for. */
  String forUpdateSkipLocked() {
    return this == POSTGRESQL ? "FOR UPDATE SKIP LOCKED" : "FOR UPDATE";
  }

  static Dialect of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgresql")) {
        return POSTGRESQL;
      }
      if (product.contains("h2")) {
        return H2;
      }
      throw new IllegalArgumentException("unsupported database: " + product + " (H2 2.x or PostgreSQL 14+)");
    } catch (SQLException e) {
      throw Sql.translate(e);
    }
  }
}
