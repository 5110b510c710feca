package org.diaryaccess.spi.audit;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * The commands the audit log records (R14).
 *
 * @since 0.1.0
 */
public enum AuditAction implements Displayable {
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
  TERMINATE;

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
