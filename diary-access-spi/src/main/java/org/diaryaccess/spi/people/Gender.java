package org.diaryaccess.spi.people;

/** A citizen's gender, where the profile states it. */
public enum Gender {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE
}
