package org.diaryaccess.spi.model;

/** The sections of the e-diary a trusted person may be shown (all by default). */
public enum DiarySection {
  /** Оценки. */
  GRADES,
  /** Домашние задания. */
  HOMEWORK,
  /** Посещаемость. */
  ATTENDANCE,
  /** Расписание. */
  SCHEDULE,
  /** Комментарии учителей. */
  TEACHER_COMMENTS
}
