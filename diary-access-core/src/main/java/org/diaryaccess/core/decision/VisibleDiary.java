package org.diaryaccess.core.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.PersonName;

/**
 * A diary a citizen can see, for their home page (R13).
 *
 * @param pupil the pupil record
 * @param school the school
 * @param className the class
 * @param name the pupil's name
 * @param basis why the citizen sees it
 * @since 0.1.0
 */
public record VisibleDiary(PupilRecordId pupil, SchoolId school, String className, PersonName name, Basis basis) {
  /**
   * Checks the parts.
   *
   * @param pupil the pupil record
   * @param school the school
   * @param className the class
   * @param name the pupil's name
   * @param basis why the citizen sees it
   */
  public VisibleDiary {
    checkNotNull(pupil, "pupil");
    checkNotNull(school, "school");
    checkNotNull(className, "className");
    checkNotNull(name, "name");
    checkNotNull(basis, "basis");
  }
}
