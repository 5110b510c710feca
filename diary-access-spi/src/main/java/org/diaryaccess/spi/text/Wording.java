package org.diaryaccess.spi.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * What the library says to a person, in Russian and in English: a notice's sentence («Нина Петровна
 * Кубарева получила доступ к дневнику Антона»), or what a diagnosis finds. It names people as its
 * reader knows them and never anyone the reader has no right to know. {@code toString} hides the
 * words, which carry names.
 *
 * @param russian the sentence in Russian
 * @param english the sentence in English
 * @since 0.2.0
 */
public record Wording(String russian, String english) {
  /**
   * Checks both are there.
   *
   * @param russian the sentence in Russian
   * @param english the sentence in English
   */
  public Wording {
    checkNotNull(russian, "russian");
    checkNotNull(english, "english");
    checkArgument(!russian.isBlank() && !english.isBlank(), "the words say something");
  }

  /**
   * The words in the reader's language.
   *
   * @param locale the reader's locale
   * @return Russian for {@code ru}, English otherwise
   */
  public String in(Locale locale) {
    return "ru".equals(checkNotNull(locale, "locale").getLanguage()) ? russian : english;
  }

  /** Lengths only: the words name people. */
  @Override
  public String toString() {
    return "Wording[" + russian.length() + " and " + english.length() + " characters]";
  }
}
