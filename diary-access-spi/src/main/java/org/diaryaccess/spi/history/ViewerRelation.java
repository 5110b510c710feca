package org.diaryaccess.spi.history;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * How a viewer was related to the pupil when the diary was opened: the basis of the decision
 * that let them in (R13), kept with the views so that a grant revoked later still reads as the
 * trusted person's.
 *
 * @since 0.2.0
 */
public enum ViewerRelation implements Displayable {
  /** The pupil (R5). */
  PUPIL,
  /** A legal representative (R4, R12). */
  LEGAL_REPRESENTATIVE,
  /** A trusted person through a grant (R10). */
  TRUSTED_PERSON;

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
