package org.diaryaccess.spi.contact;

/**
 * A normalised identifier by which a person can be found: an e-mail, a mobile phone or a SNILS.
 * Ports look people and school entries up by it.
 *
 * @since 0.1.0
 */
public sealed interface ContactValue permits Email, MobilePhone, Snils {

  /**
   * Which kind of contact this is.
   *
   * @return which kind of contact this is
   */
  ContactField field();

  /**
   * The normalised form, the one stores index and compare: {@code +79261234567}.
   *
   * @return the normalised form, the one stores index and compare: {@code +79261234567}
   */
  String normalised();

  /**
   * A masked form safe for logs: {@code +7 *** ***-45-67}.
   *
   * @return A masked form safe for logs: {@code +7 *** ***-45-67}
   */
  String masked();
}
