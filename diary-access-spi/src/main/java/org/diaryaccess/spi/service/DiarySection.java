package org.diaryaccess.spi.service;

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
