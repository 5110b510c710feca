package org.diaryaccess.spi;

import java.time.Duration;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * What a host may watch for metrics: every decision and every command, told with bounded
 * values only — an outcome, a basis, a reason code, an action — never an id or a contact. Calls
 * come on the caller's thread and must return quickly; an observer that throws is ignored. Every
 * method does nothing by default.
 *
 * @since 0.1.0
 */
public interface DiaryObserver {

  /**
   * A decision was made.
   *
   * @param allowed whether access was allowed
   * @param basisOrReason for an allowance its basis ({@code self}, {@code legal-representative},
   *     {@code trusted-person}); for a denial its first reason code's name
   * @param took how long it took
   */
  default void decided(boolean allowed, String basisOrReason, Duration took) {}

  /**
   * A command finished.
   *
   * @param action what it was
   * @param outcome done or refused
   * @param reason the first reason of a refusal, {@code null} when done
   */
  default void commandFinished(AuditAction action, AuditOutcome outcome, @Nullable ReasonCode reason) {}

  /**
   * An observer that watches nothing.
   *
   * @return the observer
   */
  static DiaryObserver none() {
    return new DiaryObserver() {};
  }
}
