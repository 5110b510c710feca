package org.diaryaccess.spi.school;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * The legal ground of a legal representative (законный представитель).
 *
 * @since 0.1.0
 */
public enum RepresentativeKind implements Displayable {
  /** Мать. */
  MOTHER,
  /** Отец. */
  FATHER,
  /** Усыновитель. */
  ADOPTIVE_PARENT,
  /** Опекун (of a child under 14). */
  GUARDIAN,
  /** Попечитель (of a child of 14 to 18). */
  CUSTODIAN;

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
