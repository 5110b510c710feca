package org.diaryaccess.spi.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * What a notice says to its recipient, in Russian and in English, worded by the library: who did
 * what to which child's diary, naming the counterpart and the child as the recipient knows them
 * («Нина Петровна Кубарева получила доступ к дневнику Антона»), with the sections and the end date
 * where they matter. It never names anyone the recipient has no right to know. {@code toString}
 * hides the words, which carry names.
 *
 * @param russian the sentence in Russian
 * @param english the sentence in English
 * @since 0.2.0
 */
public record NoticeText(String russian, String english) {
  /**
   * Checks both are there.
   *
   * @param russian the sentence in Russian
   * @param english the sentence in English
   */
  public NoticeText {
    checkNotNull(russian, "russian");
    checkNotNull(english, "english");
    checkArgument(!russian.isBlank() && !english.isBlank(), "a notice says something");
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
    return "NoticeText[" + russian.length() + " and " + english.length() + " characters]";
  }
}
