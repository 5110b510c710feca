package org.diaryaccess.spi.audit;

/** How a command ended. */
public enum AuditOutcome {
  /** It did what was asked. */
  DONE,
  /** A rule refused it; nothing changed. */
  REFUSED
}
