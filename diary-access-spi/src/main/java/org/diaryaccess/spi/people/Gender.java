package org.diaryaccess.spi.people;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * A citizen's gender, where the profile states it.
 *
 * @since 0.1.0
 */
public enum Gender implements Displayable {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE;

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
