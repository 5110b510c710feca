package org.diaryaccess.spi.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words for the library's enums, from {@code DisplayNames.properties} (English) and
 * {@code DisplayNames_ru.properties}, keyed {@code SimpleName.CONSTANT}. The JVM's default locale
 * never leaks in: English is asked for as the root bundle.
 *
 * @since 0.1.0
 */
public final class DisplayNames {
  private static final String BUNDLE = "org.diaryaccess.spi.text.DisplayNames";
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
    return in(BUNDLE, value.getDeclaringClass().getSimpleName() + "." + value.name(), locale);
  }

  /**
   * Words from another bundle laid out the same way: English in the root bundle, Russian in
   * {@code _ru}.
   *
   * @param bundle the bundle's base name
   * @param key the key
   * @param locale Russian for {@code ru}, English otherwise
   * @return the words
   * @throws java.util.MissingResourceException if the bundle lacks the key
   */
  public static String in(String bundle, String key, Locale locale) {
    checkNotNull(bundle, "bundle");
    checkNotNull(key, "key");
    checkNotNull(locale, "locale");
    Locale supported = "ru".equals(locale.getLanguage()) ? RUSSIAN : Locale.ROOT;
    return ResourceBundle.getBundle(bundle, supported, NO_FALLBACK).getString(key);
  }
}
