package org.diaryaccess.spi.audit;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An audit entry with its seal, as the chain is read back for verification.
 *
 * @param entry the entry as stored
 * @param seal its link in the chain
 * @since 0.1.0
 */
public record SealedEntry(AuditEntry entry, AuditSeal seal) {
  /**
   * Checks the parts.
   *
   * @param entry the entry as stored
   * @param seal its link in the chain
   */
  public SealedEntry {
    checkNotNull(entry, "entry");
    checkNotNull(seal, "seal");
  }
}
