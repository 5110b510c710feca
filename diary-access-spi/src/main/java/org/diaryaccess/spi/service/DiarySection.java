package org.diaryaccess.spi.service;

import java.util.Locale;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * The sections of the e-diary a trusted person may be shown (all by default).
 *
 * @since 0.1.0
 */
public enum DiarySection implements Displayable {
  /** Оценки. */
  GRADES,
  /** Домашние задания. */
  HOMEWORK,
  /** Посещаемость. */
  ATTENDANCE,
  /** Расписание. */
  SCHEDULE,
  /** Комментарии учителей. */
  TEACHER_COMMENTS;

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
