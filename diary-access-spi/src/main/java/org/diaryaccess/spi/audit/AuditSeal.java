package org.diaryaccess.spi.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An audit entry's link in the hash chain: its place in the chain and the chain's hash up to and
 * including it. Sealing happens after the entry's unit of work commits, in the order entries
 * become visible, so places are consecutive (1, 2, ...) even where sequences are not.
 *
 * @param position the place in the chain, from 1
 * @param hash the chain hash, 64 lower-case hex digits (SHA-256)
 * @since 0.1.0
 */
public record AuditSeal(long position, String hash) {
  /**
   * Checks the parts.
   *
   * @param position the place in the chain, from 1
   * @param hash the chain hash, 64 lower-case hex digits (SHA-256)
   */
  public AuditSeal {
    checkArgument(position >= 1, "position %s is not positive", position);
    checkNotNull(hash, "hash");
    checkArgument(hash.matches("[0-9a-f]{64}"), "hash is not 64 hex digits");
  }
}
