package org.diaryaccess.spi.school;

/** The legal ground of a legal representative (законный представитель). */
public enum RepresentativeKind {
  /** Мать. */
  MOTHER,
  /** Отец. */
  FATHER,
  /** Усыновитель. */
  ADOPTIVE_PARENT,
  /** Опекун (of a child under 14). */
  GUARDIAN,
  /** Попечитель (of a child of 14 to 18). */
  CUSTODIAN
}
