package org.diaryaccess.spi.error;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.diaryaccess.spi.text.DisplayNames;

/**
 * Why the library refused an input, a command or an access: a stable code with a message in
 * Russian and English.
 *
 * <p>The enum constant's {@link #name()} is the stable code; hosts may store it and branch on it.
 * Constants are only ever added, never renamed. Messages never contain personal data.
 *
 * @since 0.1.0
 */
public enum ReasonCode {
  // ---- input (R1, boundary validation) ----
  /** A required value is missing. */
  REQUIRED,
  /** A value is longer than allowed. */
  TOO_LONG,
  /** A value contains control or otherwise forbidden characters. */
  FORBIDDEN_CHARACTERS,
  /** A value is not acceptable (a constraint without a more specific code). */
  INVALID_VALUE,
  /** An identifier is blank, too long or malformed. */
  INVALID_ID,
  /** An e-mail address is not syntactically valid. */
  INVALID_EMAIL,
  /** A mobile phone number cannot be read as a valid phone number. */
  INVALID_MOBILE_PHONE,
  /** A valid phone number that is not a Russian mobile number (a landline, a foreign number). */
  NOT_A_MOBILE_PHONE,
  /** A SNILS is not 11 digits written as {@code XXX-XXX-XXX XX} or bare. */
  INVALID_SNILS_FORMAT,
  /** A SNILS whose last two digits are not its check number. */
  INVALID_SNILS_CHECKSUM,
  /** A person's name is blank or malformed. */
  INVALID_NAME,
  /** A date is outside the accepted range. */
  INVALID_DATE,
  /** A page request's cursor or size is not acceptable. */
  INVALID_PAGE,
  /** An invitation's end date has already passed. */
  END_DATE_IN_PAST,
  /** An invitation names no child. */
  NO_CHILDREN_SELECTED,
  /** An invitation narrows the diary to no section at all. */
  NO_SECTIONS_SELECTED,
  /** A trusted person must be named by mobile phone or by SNILS, exactly one of them. */
  PHONE_OR_SNILS_REQUIRED,
  /** The service is not known to the library. */
  UNKNOWN_SERVICE,

  // ---- readiness (R2) ----
  /** The profile holds no e-mail address. */
  EMAIL_MISSING,
  /** The profile holds no mobile phone number. */
  MOBILE_PHONE_MISSING,

  // ---- unknown subjects ----
  /** No citizen with this id is registered. */
  CITIZEN_UNKNOWN,
  /**
   * No pupil record with this id exists. No decision gives it: a citizen without a tie to a record
   * is answered {@link #NO_ACCESS_BASIS} whether the record exists or not.
   */
  PUPIL_UNKNOWN,
  /** No invitation with this id exists, or it is not the caller's to see. */
  INVITATION_UNKNOWN,
  /** No grant with this id exists, or it is not the caller's to see. */
  GRANT_UNKNOWN,

  // ---- access decisions (R4, R5, R10, R12) ----
  /** Nothing gives this citizen access to this diary. */
  NO_ACCESS_BASIS,
  /** The citizen's profile lacks a valid e-mail or mobile phone, so it cannot match the school's data. */
  PROFILE_NOT_READY,
  /** The pupil is no longer enrolled. */
  PUPIL_NOT_ENROLLED,
  /** The pupil has come of age, so a legal representative's authority (and what depends on it) has ended. */
  PUPIL_OF_AGE,
  /**
   * The trusted person's grant is still being provisioned in the diary system, within its
   * deadline: access opens within a day. Said only of a section the grant shares.
   */
  GRANT_PROVISIONING,
  /**
   * The trusted person's grant is still being provisioned past its deadline: opening is late,
   * and the portal's support — not the parent who invited — is on it.
   *
   * @since 0.2.0
   */
  GRANT_PROVISIONING_LATE,
  /** The trusted person's grant has passed its end date. */
  GRANT_END_DATE_PASSED,
  /** The citizen who granted access is no longer a legal representative of the child. */
  GRANTOR_NOT_REPRESENTATIVE,
  /** The trusted person's grant does not cover this section of the diary. */
  SECTION_NOT_GRANTED,

  // ---- diagnosis (R6) ----
  /** The school holds a different e-mail address for the citizen. */
  EMAIL_DIFFERS,
  /** The school holds a different mobile phone number for the citizen. */
  MOBILE_PHONE_DIFFERS,
  /** The school holds a different SNILS for the citizen. */
  SNILS_DIFFERS,
  /** The school's data holds none of the citizen's contacts. */
  NO_SCHOOL_DATA_FOR_CONTACTS,

  // ---- invitations (R7) ----
  /** Only a current legal representative of every selected child may invite or manage access. */
  NOT_A_REPRESENTATIVE,
  /** A trusted person cannot pass access on. */
  REDELEGATION_FORBIDDEN,
  /** No registered person with these details (never says which detail was wrong). */
  INVITEE_NOT_FOUND,
  /** A citizen cannot invite themselves. */
  INVITING_SELF,
  /** A child cannot be made a trusted person of their own diary. */
  INVITING_PUPIL,
  /** The person is already a legal representative of the child. */
  INVITEE_IS_REPRESENTATIVE,
  /** A trusted person must be of age. */
  INVITEE_MINOR,
  /** An invitation for this child and person is already pending. */
  ALREADY_INVITED,
  /** This person already has access to this child's diary as a trusted person. */
  ALREADY_GRANTED,
  /** The child already has the most trusted persons allowed. */
  TRUSTED_PERSON_LIMIT,
  /** The inviter has sent the most invitations allowed in 24 hours. */
  DAILY_INVITATION_LIMIT,
  /** The person has declined this inviter's invitations for this child too often recently. */
  DECLINE_COOLDOWN,

  // ---- answering and ending (R8, R9, R11) ----
  /** Only the invited citizen may answer an invitation. */
  NOT_THE_INVITEE,
  /** Only the inviter may cancel an invitation. */
  NOT_THE_INVITER,
  /** The invitation is no longer pending. */
  INVITATION_NOT_PENDING,
  /** The invitation has expired. */
  INVITATION_EXPIRED,
  /** Only the trusted person may renounce their access. */
  NOT_THE_TRUSTEE,
  /** The grant has already ended. */
  GRANT_NOT_LIVE,
  /** The grant is not waiting for provisioning. */
  GRANT_NOT_PROVISIONING,

  // ---- storage ----
  /** Another command changed the same data at the same time; retrying may succeed. */
  CONCURRENT_UPDATE,
  /** The store is unavailable for now; retrying may succeed. */
  STORAGE_UNAVAILABLE,
  /** The store failed in a way retrying will not fix. */
  STORAGE_FAILURE;

  private static final String BUNDLE = "org.diaryaccess.spi.error.ReasonMessages";

  /**
   * This code's message in the given language: Russian for {@code ru}, English otherwise.
   *
   * @param locale the reader's locale
   * @return a sentence without personal data
   */
  public String message(Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, DisplayNames.supported(locale)).getString(name());
    } catch (MissingResourceException e) {
      return name();
    }
  }
}
