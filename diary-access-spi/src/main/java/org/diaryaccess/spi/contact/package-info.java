/**
 * Contact data and its normalisation (rule R1): {@link org.diaryaccess.spi.contact.Email},
 * {@link org.diaryaccess.spi.contact.MobilePhone}, {@link org.diaryaccess.spi.contact.Snils},
 * surnames, and {@link org.diaryaccess.spi.contact.Contacts} — the three as a profile or a school
 * entry holds them, valid or not.
 *
 * <p>Equality of the value types is on the normalised form, so two spellings of one number are
 * equal. Their {@code toString} masks personal data (docs/RULES.md, Guarantees).
 */
@NullMarked
package org.diaryaccess.spi.contact;

import org.jspecify.annotations.NullMarked;
