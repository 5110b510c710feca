package org.diaryaccess.spi.audit;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * How a command ended.
 *
 * @since 0.1.0
 */
public enum AuditOutcome implements Displayable {
  /** It did what was asked. */
  DONE,
  /** A rule refused it; nothing changed. */
  REFUSED;

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
