package org.diaryaccess.spi.error;

import java.util.Locale;
import java.util.ResourceBundle;

/** The two languages the library speaks, and a bundle lookup that ignores the JVM's default locale. */
final class LocaleSupport {
  static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  /**
   * Without this, asking for the root bundle on a JVM whose default locale is Russian would
   * silently return Russian.
   */
  static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private LocaleSupport() {}
}
