package org.diaryaccess.spi.audit;

/** The commands the audit log records (R14). */
public enum AuditAction {
  /** An invitation was previewed (the invitee looked up); nothing stored. */
  INVITE,
  /** An invitation was sent. */
  SEND,
  /** An invitation was accepted. */
  ACCEPT,
  /** An invitation was declined. */
  DECLINE,
  /** An invitation was cancelled. */
  CANCEL,
  /** An invitation expired. */
  EXPIRE,
  /** A grant became active. */
  ACTIVATE,
  /** A grant was revoked. */
  REVOKE,
  /** A grant was renounced. */
  RENOUNCE,
  /** A grant was terminated. */
  TERMINATE
}
