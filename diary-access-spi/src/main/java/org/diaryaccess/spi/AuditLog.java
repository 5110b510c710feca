package org.diaryaccess.spi;

import org.diaryaccess.spi.model.AuditEntry;
import org.diaryaccess.spi.model.Page;
import org.diaryaccess.spi.model.PageRequest;

/** The append-only record of every command (R14). Entries are never changed or removed. */
public interface AuditLog {

  /**
   * Appends an entry, in the current unit of work.
   *
   * @param entry the entry, its sequence 0
   * @return the entry as stored, with its sequence (1, 2, ...)
   */
  AuditEntry append(AuditEntry entry);

  /**
   * Entries in the order appended.
   *
   * @param page {@code after} is the last sequence of the previous page, as a decimal string
   * @return the page
   */
  Page<AuditEntry> read(PageRequest page);
}
