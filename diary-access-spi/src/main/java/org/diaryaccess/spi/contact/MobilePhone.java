package org.diaryaccess.spi.contact;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * A Russian mobile phone number in E.164 form (R1). Any common spelling is accepted —
 * {@code +7 (926) 123-45-67}, {@code 8 926 123 45 67}, {@code 79261234567},
 * {@code (926) 123-45-67} — and all give {@code +79261234567}. Parsing is libphonenumber's, so a
 * landline or a Kazakh {@code +7} number is refused as {@link ReasonCode#NOT_A_MOBILE_PHONE}.
 *
 * @param e164 the number as {@code +7} followed by ten digits
 * @since 0.1.0
 */
public record MobilePhone(String e164) implements ContactValue {
  /** Longest text accepted for parsing; any real spelling is far shorter. */
  public static final int MAX_INPUT_LENGTH = 40;

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final String REGION = "RU";

  /** {@code +79} and nine digits: the E.164 shape of every Russian mobile number. */
  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');

  /**
   * Checks the value has the E.164 shape of a Russian mobile number ({@code +79} and nine
   * digits) — cheaply, as stores rebuild numbers they normalised earlier. Use
   * {@link #parse(String)} for input: it applies libphonenumber's full numbering plan.
   *
   * @param e164 the number as {@code +7} followed by ten digits
   */
  public MobilePhone {
    checkNotNull(e164, "e164");
    if (e164.length() != 12 || !e164.startsWith("+79") || !DIGITS.matchesAllOf(e164.substring(1))) {
      throw InvalidInputException.of("mobilePhone", ReasonCode.INVALID_MOBILE_PHONE);
    }
  }

  /**
   * Reads a number as a person typed it.
   *
   * @param text any common spelling of a Russian mobile number
   * @return the number in E.164 form
   * @throws InvalidInputException {@code REQUIRED}, {@code TOO_LONG}, {@code INVALID_MOBILE_PHONE}
   *     or {@code NOT_A_MOBILE_PHONE}
   */
  public static MobilePhone parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("mobilePhone", ReasonCode.REQUIRED);
    }
    if (text.length() > MAX_INPUT_LENGTH) {
      throw InvalidInputException.of("mobilePhone", ReasonCode.TOO_LONG);
    }
    return new MobilePhone(read(text));
  }

  /**
   * Reads a number, or nothing if it is not a valid Russian mobile number.
   *
   * @param text the number as typed, possibly {@code null}
   * @return the number, or empty
   */
  public static Optional<MobilePhone> tryParse(@Nullable String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  private static String read(String text) {
    PhoneNumber number;
    try {
      number = PHONES.parse(text, REGION);
    } catch (NumberParseException e) {
      throw InvalidInputException.of("mobilePhone", ReasonCode.INVALID_MOBILE_PHONE);
    }
    if (!PHONES.isValidNumber(number)) {
      throw InvalidInputException.of("mobilePhone", ReasonCode.INVALID_MOBILE_PHONE);
    }
    PhoneNumberType type = PHONES.getNumberType(number);
    boolean mobile = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
    if (!REGION.equals(PHONES.getRegionCodeForNumber(number)) || !mobile) {
      throw InvalidInputException.of("mobilePhone", ReasonCode.NOT_A_MOBILE_PHONE);
    }
    return PHONES.format(number, PhoneNumberFormat.E164);
  }

  /**
   * The number as people read it: {@code +7 926 123-45-67}.
   *
   * @return the number as people read it: {@code +7 926 123-45-67}
   */
  public String formatted() {
    return "+7 " + e164.substring(2, 5) + " " + e164.substring(5, 8) + "-" + e164.substring(8, 10)
        + "-" + e164.substring(10);
  }

  @Override
  public ContactField field() {
    return ContactField.MOBILE_PHONE;
  }

  @Override
  public String normalised() {
    return e164;
  }

  @Override
  public String masked() {
    return "+7 *** ***-" + e164.substring(8, 10) + "-" + e164.substring(10);
  }

  /** The masked form: {@code +7 *** ***-45-67}. */
  @Override
  public String toString() {
    return masked();
  }
}
