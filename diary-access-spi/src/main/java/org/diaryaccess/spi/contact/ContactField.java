package org.diaryaccess.spi.contact;

/**
 * The contact fields of a profile or a school entry.
 *
 * @since 0.1.0
 */
public enum ContactField {
  /** E-mail address. */
  EMAIL,
  /** Mobile phone number. */
  MOBILE_PHONE,
  /** SNILS, the individual insurance account number. */
  SNILS
}
