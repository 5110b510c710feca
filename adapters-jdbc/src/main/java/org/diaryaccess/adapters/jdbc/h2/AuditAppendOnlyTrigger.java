package org.diaryaccess.adapters.jdbc.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * H2's guard of the audit log, installed by the adapter's migrations: an entry of
 * {@code da_audit} is never deleted, and never changed except to be sealed into the hash chain
 * once — {@code chain_position} and {@code chain_hash} set where both were empty, every other
 * column as it was. H2 creates it by name; hosts never call it.
 *
 * @since 0.1.0
 */
public final class AuditAppendOnlyTrigger implements Trigger {
  /** {@code chain_position}, {@code chain_hash}: the last two columns of {@code da_audit}. */
  private static final int SEAL_COLUMNS = 2;

  /** Created by H2. */
  public AuditAppendOnlyTrigger() {}

  @Override
  public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow)
      throws SQLException {
    if (oldRow != null && newRow != null && isSealing(oldRow, newRow)) {
      return;
    }
    throw new SQLException("da_audit is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
        + " refused (an entry is only ever sealed, once)", "42501");
  }

  private static boolean isSealing(Object[] before, Object[] after) {
    int entry = before.length - SEAL_COLUMNS;
    if (before[entry] != null || before[entry + 1] != null || after[entry] == null || after[entry + 1] == null) {
      return false;
    }
    for (int column = 0; column < entry; column++) {
      if (!Objects.equals(before[column], after[column])) {
        return false;
      }
    }
    return true;
  }
}
