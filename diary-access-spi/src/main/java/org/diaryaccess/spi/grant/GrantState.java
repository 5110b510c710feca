package org.diaryaccess.spi.grant;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * The life of a trusted person's grant (R9–R11).
 *
 * @since 0.1.0
 */
public enum GrantState implements Displayable {
  /** Accepted; the diary system has not yet confirmed it (must within the provisioning deadline). */
  PROVISIONING,
  /** Confirmed by the diary system; gives access while R10 holds. */
  ACTIVE,
  /** Ended by a legal representative. */
  REVOKED,
  /** Given up by the trusted person. */
  RENOUNCED,
  /** Ended by the library because its basis went away ({@link TerminationReason}). */
  TERMINATED;

  /**
   * Whether the grant is still live (provisioning or active).
   *
   * @return whether the grant is still live (provisioning or active)
   */
  public boolean isLive() {
    return this == PROVISIONING || this == ACTIVE;
  }

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
