package org.diaryaccess.spi.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words for the library's enums, from {@code DisplayNames.properties} (English) and
 * {@code DisplayNames_ru.properties}, keyed {@code SimpleName.CONSTANT}. The JVM's default locale
 * never leaks in: English is asked for as {@link Locale#ROOT}, which a bundle lookup never
 * replaces by the default locale. No {@code ResourceBundle.Control} is used, so the lookups work
 * in named modules too.
 *
 * @since 0.1.0
 */
public final class DisplayNames {
  private static final String BUNDLE = "org.diaryaccess.spi.text.DisplayNames";
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private DisplayNames() {}

  /**
   * The words for a constant.
   *
   * @param value the constant
   * @param locale Russian for {@code ru}, English otherwise
   * @return its display name
   * @throws java.util.MissingResourceException if the bundle lacks it (a test checks none does)
   */
  public static String of(Enum<?> value, Locale locale) {
    checkNotNull(value, "value");
    return ResourceBundle.getBundle(BUNDLE, supported(locale))
        .getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * The locale the library's bundles are asked for: Russian for {@code ru}, otherwise the root
   * bundle (English), never the JVM's default locale. A module with bundles of its own asks
   * {@code ResourceBundle.getBundle(name, DisplayNames.supported(locale))} itself, so that the
   * lookup runs in its own module.
   *
   * @param locale the reader's locale
   * @return {@code ru} or {@link Locale#ROOT}
   */
  public static Locale supported(Locale locale) {
    return "ru".equals(checkNotNull(locale, "locale").getLanguage()) ? RUSSIAN : Locale.ROOT;
  }
}
