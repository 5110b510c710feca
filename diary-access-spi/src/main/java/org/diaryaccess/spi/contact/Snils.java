package org.diaryaccess.spi.contact;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import java.util.Optional;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * A SNILS (СНИЛС), the individual insurance account number: 11 digits, written
 * {@code 123-456-789 64} or bare (R1). The last two digits are the check number: the sum of
 * each of the first nine digits times its weight 9..1; below 100 it is the sum itself, 100 and
 * 101 give 00, above 101 the sum mod 101 (and then 100 gives 00). Numbers up to
 * {@code 001-001-998} carry no check number.
 *
 * <p>A wrong check number is invalid input, not a mismatch: the guide's sample
 * {@code 123-456-789 12} is refused with {@link ReasonCode#INVALID_SNILS_CHECKSUM}.
 *
 * @param digits the 11 digits without separators
 * @since 0.1.0
 */
public record Snils(String digits) implements ContactValue {
  /** Longest text accepted for parsing. */
  public static final int MAX_INPUT_LENGTH = 32;

  private static final CharMatcher SEPARATORS = CharMatcher.anyOf(" -\u00a0");
  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');
  private static final int LAST_WITHOUT_CHECK = 1_001_998;

  /**
   * Checks the digits and their check number; use {@link #parse(String)} for input.
   *
   * @param digits the 11 digits without separators
   */
  public Snils {
    checkNotNull(digits, "digits");
    if (digits.length() != 11 || !DIGITS.matchesAllOf(digits)) {
      throw InvalidInputException.of("snils", ReasonCode.INVALID_SNILS_FORMAT);
    }
    if (!checkNumberHolds(digits)) {
      throw InvalidInputException.of("snils", ReasonCode.INVALID_SNILS_CHECKSUM);
    }
  }

  /**
   * Reads a SNILS as a person typed it.
   *
   * @param text {@code 123-456-789 64}, {@code 12345678964} or with other spaces and hyphens
   * @return the SNILS
   * @throws InvalidInputException {@code REQUIRED}, {@code TOO_LONG},
   *     {@code INVALID_SNILS_FORMAT} or {@code INVALID_SNILS_CHECKSUM}
   */
  public static Snils parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("snils", ReasonCode.REQUIRED);
    }
    if (text.length() > MAX_INPUT_LENGTH) {
      throw InvalidInputException.of("snils", ReasonCode.TOO_LONG);
    }
    return new Snils(SEPARATORS.removeFrom(text.strip()));
  }

  /**
   * Reads a SNILS, or nothing if it is not valid.
   *
   * @param text the SNILS as typed, possibly {@code null}
   * @return the SNILS, or empty
   */
  public static Optional<Snils> tryParse(@Nullable String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  /**
   * The check number for the first nine digits.
   *
   * @param nineDigits the number without its check part
   * @return 0..99
   */
  public static int checkNumber(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (9 - i);
    }
    if (sum < 100) {
      return sum;
    }
    if (sum <= 101) {
      return 0;
    }
    int mod = sum % 101;
    return mod == 100 ? 0 : mod;
  }

  private static boolean checkNumberHolds(String digits) {
    int number = Integer.parseInt(digits.substring(0, 9));
    if (number <= LAST_WITHOUT_CHECK) {
      return true;
    }
    return checkNumber(digits.substring(0, 9)) == Integer.parseInt(digits.substring(9));
  }

  /**
   * The usual spelling: {@code 123-456-789 64}.
   *
   * @return the usual spelling: {@code 123-456-789 64}
   */
  public String formatted() {
    return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9)
        + " " + digits.substring(9);
  }

  @Override
  public ContactField field() {
    return ContactField.SNILS;
  }

  @Override
  public String normalised() {
    return digits;
  }

  @Override
  public String masked() {
    return "***-***-" + digits.substring(6, 9) + " " + digits.substring(9);
  }

  /** The masked form: {@code ***-***-789 64}. */
  @Override
  public String toString() {
    return masked();
  }
}
