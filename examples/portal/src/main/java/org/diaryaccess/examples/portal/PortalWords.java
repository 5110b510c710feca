package org.diaryaccess.examples.portal;

import java.util.Locale;
import org.diaryaccess.core.wording.GrammaticalCase;
import org.diaryaccess.core.wording.RussianNames;
import org.diaryaccess.core.wording.RussianNames.Form;
import org.diaryaccess.spi.people.PersonName;
import org.jspecify.annotations.Nullable;

/**
 * Names inside the portal's own sentences («Отозвать доступ Нины Петровны Кубаревой к дневнику
 * Антона Кубарева?»), declined by the library's rules on a Russian page and as written on an
 * English one.
 */
final class PortalWords {
  private PortalWords() {}

  /** An adult, in full: «Нина Петровна Кубарева», in the case the sentence needs. */
  static String person(@Nullable PersonName name, GrammaticalCase grammaticalCase, Locale locale) {
    return name == null ? "—" : RussianNames.inflect(name, null, Form.FULL, russian(locale) ? grammaticalCase
        : GrammaticalCase.NOMINATIVE);
  }

  /** A child, by given name and surname: «Антон Кубарев». */
  static String child(PersonName name, GrammaticalCase grammaticalCase, Locale locale) {
    return RussianNames.inflect(name, null, Form.GIVEN_AND_SURNAME, russian(locale) ? grammaticalCase
        : GrammaticalCase.NOMINATIVE);
  }

  private static boolean russian(Locale locale) {
    return "ru".equals(locale.getLanguage());
  }
}
