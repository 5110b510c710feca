package org.diaryaccess.spi.delivery;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * What an outbox message is about: a notice to a citizen or a request to the diary system.
 *
 * @since 0.1.0
 */
public enum Topic implements Displayable {
  /** To the trusted person: an invitation awaits them in the notification centre. */
  INVITATION_RECEIVED,
  /** To the inviter: the trusted person accepted. */
  INVITATION_ACCEPTED,
  /** To the inviter: the trusted person declined. */
  INVITATION_DECLINED,
  /** To the trusted person: the inviter cancelled the invitation. */
  INVITATION_CANCELLED,
  /** To the inviter: the invitation expired unanswered. */
  INVITATION_EXPIRED,
  /** To the trusted person and to the grantor: a legal representative revoked access. */
  ACCESS_REVOKED,
  /** To the grantor: the trusted person gave up access. */
  ACCESS_RENOUNCED,
  /** To the trusted person and the grantor: access ended on its own (end date, child left...). */
  ACCESS_ENDED,
  /**
   * To the trusted person and to the grantor: the diary system opened access, and the trusted
   * person sees the diary from now on.
   *
   * @since 0.2.0
   */
  ACCESS_OPENED,
  /** To the diary system: open a trusted person's access. */
  PROVISION_OPEN,
  /** To the diary system: close a trusted person's access. */
  PROVISION_CLOSE;

  /**
   * Whether the message goes to a citizen's notification centre (rather than the diary system).
   *
   * @return whether the message goes to a citizen's notification centre (rather than the diary system)
   */
  public boolean isNotice() {
    return this != PROVISION_OPEN && this != PROVISION_CLOSE;
  }

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
