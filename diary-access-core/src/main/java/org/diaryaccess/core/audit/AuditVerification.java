package org.diaryaccess.core.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What verifying the audit chain found.
 *
 * @param verified how many links, from the first, were recomputed and matched
 * @param head the hash of the last matching link ({@link AuditChain#GENESIS} if none): keep it
 *     outside the database, and a chain rewritten from an earlier point will no longer reach it
 * @param brokenAt the chain position where it breaks, or {@code null} if intact
 * @param problem how it breaks, or {@code null} if intact
 * @param unsealed entries committed but not sealed yet (at most one batch is counted)
 * @since 0.1.0
 */
public record AuditVerification(long verified, String head, @Nullable Long brokenAt, @Nullable Break problem,
    int unsealed) {

  /** How a chain breaks. */
  public enum Break {
    /** The entry at this position differs from what was sealed: edited, or forged in place. */
    ALTERED,
    /** No entry holds this position: deleted. */
    MISSING,
    /** An entry holds a position already passed: inserted. */
    OUT_OF_ORDER
  }

  /**
   * Checks the parts.
   *
   * @param verified how many links, from the first, were recomputed and matched
   * @param head the hash of the last matching link ({@link AuditChain#GENESIS} if none): keep it outside the database, and a chain rewritten from an earlier point will no longer reach it
   * @param brokenAt the chain position where it breaks, or {@code null} if intact
   * @param problem how it breaks, or {@code null} if intact
   * @param unsealed entries committed but not sealed yet (at most one batch is counted)
   */
  public AuditVerification {
    checkNotNull(head, "head");
    checkArgument((brokenAt == null) == (problem == null), "a break has a position and a kind");
  }

  static AuditVerification intact(long verified, String head, int unsealed) {
    return new AuditVerification(verified, head, null, null, unsealed);
  }

  static AuditVerification broken(long at, long verified, String head, Break problem) {
    return new AuditVerification(verified, head, at, problem, 0);
  }

  /**
   * Whether every sealed entry is as it was sealed.
   *
   * @return whether every sealed entry is as it was sealed
   */
  public boolean isIntact() {
    return brokenAt == null;
  }

  /**
   * Where the chain breaks, if it does.
   *
   * @return where the chain breaks, if it does
   */
  public Optional<Long> firstBreak() {
    return Optional.ofNullable(brokenAt);
  }
}
