package org.diaryaccess.spi.invitation;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * The life of an invitation (R8). {@link #PENDING} is the only open state; the others are final
 * and distinct, and none of them blocks a fresh invitation later.
 *
 * @since 0.1.0
 */
public enum InvitationState implements Displayable {
  /** Sent, waiting for the trusted person's answer. */
  PENDING,
  /** Accepted: grants were created for the children that still qualified. */
  ACCEPTED,
  /** Declined by the trusted person. */
  DECLINED,
  /** Cancelled by the inviter. */
  CANCELLED,
  /** Not answered within the invitation's lifetime. */
  EXPIRED;

  /**
   * Whether this state is final.
   *
   * @return whether this state is final
   */
  public boolean isFinal() {
    return this != PENDING;
  }

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
