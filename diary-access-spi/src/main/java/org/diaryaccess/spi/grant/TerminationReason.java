package org.diaryaccess.spi.grant;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * Why the library terminated a grant (R10, R12), kept for the record.
 *
 * @since 0.1.0
 */
public enum TerminationReason implements Displayable {
  /** The inviter's end date passed. */
  END_DATE_PASSED,
  /** The pupil is no longer enrolled (or the record is gone). */
  PUPIL_NOT_ENROLLED,
  /** The citizen who granted it is no longer a legal representative of the child. */
  GRANTOR_NOT_REPRESENTATIVE,
  /** The child came of age, ending the representative's authority. */
  PUPIL_OF_AGE;

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
