package org.diaryaccess.spi.contact;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * The e-mail, mobile phone and SNILS that a profile or a school entry holds, as written, with
 * each read once (R1). A field may be missing or hold text that is not valid — a profile can be
 * incomplete, a school's data can be wrong — and the library must be able to say which
 * ({@link #problems()}, rule R2). Only valid values ever take part in a match.
 *
 * <p>Immutable and thread-safe. Equality is on the normalised values (and on the raw text of
 * invalid fields); {@code toString} masks everything.
 *
 * @since 0.1.0
 */
public final class Contacts {
  private static final long NO_NUMBER = -1;
  private static final Contacts EMPTY = new Contacts(null, null, null);

  private final @Nullable String rawEmail;
  private final @Nullable String rawMobilePhone;
  private final @Nullable String rawSnils;
  private final @Nullable Email email;
  private final @Nullable MobilePhone mobilePhone;
  private final @Nullable Snils snils;
  private final ImmutableList<FieldProblem> problems;
  // The valid values packed, so that a match compares numbers held here and touches no other
  // object: the phone's and the SNILS's digits as numbers (NO_NUMBER if not valid), the e-mail's
  // hash (its text is compared only where the hashes agree).
  private final long phoneNumber;
  private final long snilsNumber;
  private final int emailHash;

  private Contacts(@Nullable String rawEmail, @Nullable String rawMobilePhone, @Nullable String rawSnils) {
    this(rawEmail, rawMobilePhone, rawSnils, null, null, null);
  }

  private Contacts(@Nullable String rawEmail, @Nullable String rawMobilePhone, @Nullable String rawSnils,
      @Nullable String normalEmail, @Nullable String normalPhone, @Nullable String normalSnils) {
    this.rawEmail = blankToNull(rawEmail);
    this.rawMobilePhone = blankToNull(rawMobilePhone);
    this.rawSnils = blankToNull(rawSnils);
    ImmutableList.Builder<FieldProblem> found = ImmutableList.builder();
    if (this.rawEmail == null) {
      this.email = null;
      found.add(new FieldProblem(ContactField.EMAIL, ReasonCode.EMAIL_MISSING));
    } else {
      this.email = normalEmail != null ? new Email(normalEmail) : Email.tryParse(this.rawEmail).orElse(null);
      if (this.email == null) {
        found.add(new FieldProblem(ContactField.EMAIL, ReasonCode.INVALID_EMAIL));
      }
    }
    this.mobilePhone = this.rawMobilePhone != null && normalPhone != null
        ? new MobilePhone(normalPhone) : readPhone(this.rawMobilePhone, found);
    this.snils = this.rawSnils != null && normalSnils != null
        ? new Snils(normalSnils) : readSnils(this.rawSnils, found);
    this.problems = found.build();
    this.phoneNumber = mobilePhone == null ? NO_NUMBER : Long.parseLong(mobilePhone.e164(), 1, 12, 10);
    this.snilsNumber = snils == null ? NO_NUMBER : Long.parseLong(snils.digits());
    this.emailHash = email == null ? 0 : email.normalised().hashCode();
  }

  /**
   * Contacts as written; blank text counts as missing.
   *
   * @param email the e-mail as written, or {@code null}
   * @param mobilePhone the mobile phone as written, or {@code null}
   * @param snils the SNILS as written, or {@code null}
   * @return the contacts, each field read
   * @throws InvalidInputException {@code TOO_LONG} if a field is absurdly long (over 1,000 chars)
   */
  public static Contacts of(@Nullable String email, @Nullable String mobilePhone, @Nullable String snils) {
    checkLength("email", email);
    checkLength("mobilePhone", mobilePhone);
    checkLength("snils", snils);
    return new Contacts(email, mobilePhone, snils);
  }

  /**
   * These contacts with an e-mail as written.
   *
   * <pre>{@code
   * Contacts.none().withEmail("mail@yandex.ru").withMobilePhone("8 926 123 45 67")
   * }</pre>
   *
   * @param email the e-mail as written
   * @return the contacts with it
   */
  public Contacts withEmail(String email) {
    return of(checkNotNull(email, "email"), rawMobilePhone().orElse(null), rawSnils().orElse(null));
  }

  /**
   * These contacts with a mobile phone as written.
   *
   * @param mobilePhone the mobile phone as written
   * @return the contacts with it
   */
  public Contacts withMobilePhone(String mobilePhone) {
    return of(rawEmail().orElse(null), checkNotNull(mobilePhone, "mobilePhone"), rawSnils().orElse(null));
  }

  /**
   * These contacts with a SNILS as written.
   *
   * @param snils the SNILS as written
   * @return the contacts with it
   */
  public Contacts withSnils(String snils) {
    return of(rawEmail().orElse(null), rawMobilePhone().orElse(null), checkNotNull(snils, "snils"));
  }

  /**
   * Contacts a store normalised earlier with this class, rebuilt without parsing them again: each
   * valid field from its normal form, and only a field written but not valid is read again, to
   * name its problem. For adapters; a host should use {@link #of}.
   *
   * @param email the e-mail as written, or {@code null}
   * @param mobilePhone the mobile phone as written, or {@code null}
   * @param snils the SNILS as written, or {@code null}
   * @param normalEmail the e-mail's normal form, if it was valid
   * @param normalPhone the phone's normal form, if it was valid
   * @param normalSnils the SNILS's normal form, if it was valid
   * @return the same contacts {@link #of} would give
   */
  public static Contacts restore(@Nullable String email, @Nullable String mobilePhone, @Nullable String snils,
      @Nullable String normalEmail, @Nullable String normalPhone, @Nullable String normalSnils) {
    return new Contacts(email, mobilePhone, snils, normalEmail, normalPhone, normalSnils);
  }

  /**
   * No contacts at all.
   *
   * @return no contacts at all
   */
  public static Contacts none() {
    return EMPTY;
  }

  private static void checkLength(String field, @Nullable String raw) {
    if (raw != null && raw.length() > 1_000) {
      throw InvalidInputException.of(field, ReasonCode.TOO_LONG);
    }
  }

  private static @Nullable MobilePhone readPhone(@Nullable String raw, ImmutableList.Builder<FieldProblem> found) {
    if (raw == null) {
      found.add(new FieldProblem(ContactField.MOBILE_PHONE, ReasonCode.MOBILE_PHONE_MISSING));
      return null;
    }
    try {
      return MobilePhone.parse(raw);
    } catch (InvalidInputException e) {
      found.add(new FieldProblem(ContactField.MOBILE_PHONE, e.reason()));
      return null;
    }
  }

  private static @Nullable Snils readSnils(@Nullable String raw, ImmutableList.Builder<FieldProblem> found) {
    if (raw == null) {
      return null; // optional
    }
    try {
      return Snils.parse(raw);
    } catch (InvalidInputException e) {
      found.add(new FieldProblem(ContactField.SNILS, e.reason()));
      return null;
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * The valid value of one field, if the contacts hold one.
   *
   * @param field the field
   * @return its normalised value, or empty
   */
  public Optional<ContactValue> value(ContactField field) {
    return switch (checkNotNull(field, "field")) {
      case EMAIL -> email().map(ContactValue.class::cast);
      case MOBILE_PHONE -> mobilePhone().map(ContactValue.class::cast);
      case SNILS -> snils().map(ContactValue.class::cast);
    };
  }

  /**
   * The e-mail, if present and valid.
   *
   * @return the e-mail, if present and valid
   */
  public Optional<Email> email() {
    return Optional.ofNullable(email);
  }

  /**
   * The mobile phone, if present and valid.
   *
   * @return the mobile phone, if present and valid
   */
  public Optional<MobilePhone> mobilePhone() {
    return Optional.ofNullable(mobilePhone);
  }

  /**
   * The SNILS, if present and valid.
   *
   * @return the SNILS, if present and valid
   */
  public Optional<Snils> snils() {
    return Optional.ofNullable(snils);
  }

  /**
   * The e-mail as written (trimmed), valid or not.
   *
   * @return the e-mail as written (trimmed), valid or not
   */
  public Optional<String> rawEmail() {
    return Optional.ofNullable(rawEmail);
  }

  /**
   * The mobile phone as written (trimmed), valid or not.
   *
   * @return the mobile phone as written (trimmed), valid or not
   */
  public Optional<String> rawMobilePhone() {
    return Optional.ofNullable(rawMobilePhone);
  }

  /**
   * The SNILS as written (trimmed), valid or not.
   *
   * @return the SNILS as written (trimmed), valid or not
   */
  public Optional<String> rawSnils() {
    return Optional.ofNullable(rawSnils);
  }

  /**
   * Whether a SNILS is written here, valid or not.
   *
   * @return whether a SNILS is written here, valid or not
   */
  public boolean holdsSnils() {
    return rawSnils != null;
  }

  /**
   * Whether these contacts and the other hold a valid value in a field and it is the same value:
   * {@code value(field).isPresent() && value(field).equals(other.value(field))}, without reading
   * any object but these two where the values differ. A phone and a SNILS are compared as the
   * numbers their normal forms are; an e-mail's text only where the two e-mails' hashes agree.
   * This is what a match policy compares on the path of every decision.
   *
   * @param field the field
   * @param other the other contacts
   * @return whether both hold the same valid value in the field
   * @since 0.3.0
   */
  public boolean sameValue(ContactField field, Contacts other) {
    checkNotNull(other, "other");
    return switch (checkNotNull(field, "field")) {
      case EMAIL -> email != null && other.email != null && emailHash == other.emailHash
          && email.normalised().equals(other.email.normalised());
      case MOBILE_PHONE -> phoneNumber != NO_NUMBER && phoneNumber == other.phoneNumber;
      case SNILS -> snilsNumber != NO_NUMBER && snilsNumber == other.snilsNumber;
    };
  }

  /**
   * What is missing or invalid: a missing e-mail or mobile phone, or any field whose text is not
   * valid. A missing SNILS is no problem (it is optional).
   *
   * @return what is missing or invalid: a missing e-mail or mobile phone, or any field whose text is not valid
   */
  public ImmutableList<FieldProblem> problems() {
    return problems;
  }

  /**
   * Every valid value here, to look matching entries up by.
   *
   * @return every valid value here, to look matching entries up by
   */
  public ImmutableList<ContactValue> values() {
    ImmutableList.Builder<ContactValue> values = ImmutableList.builder();
    if (email != null) {
      values.add(email);
    }
    if (mobilePhone != null) {
      values.add(mobilePhone);
    }
    if (snils != null) {
      values.add(snils);
    }
    return values.build();
  }

  /**
   * Whether the other contacts were written exactly as these: the same text in every field, not
   * only the same normal form ({@link #equals} holds {@code 8 926 123-45-67} and
   * {@code +79261234567} equal). A store re-writes an entry only if this is false.
   *
   * @param other the other contacts
   * @return whether every field's text is the same
   * @since 0.2.0
   */
  public boolean sameAsWritten(Contacts other) {
    return Objects.equals(rawEmail, other.rawEmail) && Objects.equals(rawMobilePhone, other.rawMobilePhone)
        && Objects.equals(rawSnils, other.rawSnils);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Contacts other)) {
      return false;
    }
    return Objects.equals(key(email, rawEmail), key(other.email, other.rawEmail))
        && Objects.equals(key(mobilePhone, rawMobilePhone), key(other.mobilePhone, other.rawMobilePhone))
        && Objects.equals(key(snils, rawSnils), key(other.snils, other.rawSnils));
  }

  private static @Nullable Object key(@Nullable ContactValue value, @Nullable String raw) {
    return value != null ? value : raw;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key(email, rawEmail), key(mobilePhone, rawMobilePhone), key(snils, rawSnils));
  }

  /** Masked: {@code Contacts[email=m***@yandex.ru, mobilePhone=+7 *** ***-45-67, snils=<none>]}. */
  @Override
  public String toString() {
    return "Contacts[email=" + show(email, rawEmail) + ", mobilePhone=" + show(mobilePhone, rawMobilePhone)
        + ", snils=" + show(snils, rawSnils) + "]";
  }

  private static String show(@Nullable ContactValue value, @Nullable String raw) {
    return value != null ? value.masked() : Masking.raw(raw);
  }
}
