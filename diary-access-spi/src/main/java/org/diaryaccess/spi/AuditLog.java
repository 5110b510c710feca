package org.diaryaccess.spi;

import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditSeal;
import org.diaryaccess.spi.audit.SealedEntry;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/**
 * The append-only record of every command (R14). Entries are never changed or removed. Once
 * committed, each entry is sealed into a hash chain by housekeeping, so that an entry edited,
 * inserted or deleted behind the library's back is detected.
 *
 * @since 0.1.0
 */
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

  /**
   * Serialises sealers across instances until the current (writing) unit of work ends.
   */
  void lockForSealing();

  /**
   * The last link of the chain.
   *
   * @return the seal with the highest position, or empty if nothing is sealed
   */
  Optional<AuditSeal> lastSeal();

  /**
   * Committed entries not yet sealed, in sequence order.
   *
   * @param limit at most this many
   * @return the entries
   */
  List<AuditEntry> unsealed(int limit);

  /**
   * How many committed entries wait to be sealed: cheap enough to poll.
   *
   * @return the count
   */
  int countUnsealed();

  /**
   * Seals an entry, in the current unit of work.
   *
   * @param sequence the entry's sequence
   * @param seal its link
   * @throws IllegalStateException if the entry is unknown or already sealed, or the position taken
   */
  void seal(long sequence, AuditSeal seal);

  /**
   * Sealed entries in chain order.
   *
   * @param page {@code after} is the last position of the previous page, as a decimal string
   * @return the page
   */
  Page<SealedEntry> chain(PageRequest page);
}
