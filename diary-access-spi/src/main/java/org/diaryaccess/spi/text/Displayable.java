package org.diaryaccess.spi.text;

import java.util.Locale;

/**
 * Something a person is shown — a section, a state, a service, a kind of representative, a
 * notice's topic — with words for it in Russian and English, so that a host's page never shows
 * a constant's name.
 *
 * @since 0.1.0
 */
public interface Displayable {

  /**
   * The words for this value: Russian for {@code ru}, English otherwise.
   *
   * @param locale the reader's locale
   * @return a short phrase, capitalised as a label («Домашние задания», "Homework")
   */
  String displayName(Locale locale);
}
