package org.diaryaccess.spi.contact;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * A syntactically valid e-mail address, compared case-insensitively after trimming (R1). The
 * domain may be internationalised ({@code почта.рф}); it is compared in its ASCII (punycode) form.
 *
 * <pre>{@code
 * Email.parse(" Mail@Yandex.RU ").equals(Email.parse("mail@yandex.ru")) // true
 * }</pre>
 *
 * @param normalised lower-cased {@code local@ascii-domain}
 * @since 0.1.0
 */
public record Email(String normalised) implements ContactValue {
  /** Longest address accepted (RFC 5321 path limit). */
  public static final int MAX_LENGTH = 254;

  private static final CharMatcher ATEXT =
      CharMatcher.inRange('a', 'z')
          .or(CharMatcher.inRange('A', 'Z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("!#$%&'*+/=?^_`{|}~-."))
          .precomputed();
  private static final CharMatcher LDH =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('-')).precomputed();

  /**
   * Checks the value is already in normal form; use {@link #parse(String)} for user input.
   *
   * @param normalised lower-cased {@code local@ascii-domain}
   */
  public Email {
    checkNotNull(normalised, "normalised");
    if (!isNormal(normalised)) {
      throw InvalidInputException.of("email", ReasonCode.INVALID_EMAIL);
    }
  }

  /** The normal form is plain lower-case ASCII, so it is checked without IDN conversion. */
  private static boolean isNormal(String value) {
    int at = value.lastIndexOf('@');
    return at > 0 && value.length() <= MAX_LENGTH && ATEXT.matchesAllOf(value.substring(0, at))
        && value.substring(0, at).equals(value.substring(0, at).toLowerCase(Locale.ROOT))
        && !value.startsWith(".") && !value.substring(0, at).endsWith(".") && !value.contains("..")
        && at <= 64 && validDomain(value.substring(at + 1));
  }

  /**
   * Reads an address as a person typed it.
   *
   * @param text the address, surrounding spaces allowed
   * @return the address in normal form
   * @throws InvalidInputException {@code REQUIRED}, {@code TOO_LONG} or {@code INVALID_EMAIL}
   */
  public static Email parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("email", ReasonCode.REQUIRED);
    }
    if (text.length() > MAX_LENGTH * 2) {
      throw InvalidInputException.of("email", ReasonCode.TOO_LONG);
    }
    String normal = normalise(text);
    if (normal == null) {
      throw InvalidInputException.of("email", ReasonCode.INVALID_EMAIL);
    }
    return new Email(normal);
  }

  /**
   * Reads an address, or nothing if it is not valid.
   *
   * @param text the address as typed, possibly {@code null}
   * @return the address, or empty
   */
  public static Optional<Email> tryParse(@Nullable String text) {
    if (text == null || text.length() > MAX_LENGTH * 2) {
      return Optional.empty();
    }
    String normal = normalise(text);
    return normal == null ? Optional.empty() : Optional.of(new Email(normal));
  }

  private static @Nullable String normalise(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return null;
    }
    int at = s.lastIndexOf('@');
    if (at <= 0 || at == s.length() - 1) {
      return null;
    }
    String local = s.substring(0, at);
    String domain = s.substring(at + 1);
    if (local.length() > 64 || !ATEXT.matchesAllOf(local)
        || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return null;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (ascii.length() > 253 || !validDomain(ascii)) {
      return null;
    }
    String result = local.toLowerCase(Locale.ROOT) + "@" + ascii;
    return result.length() > MAX_LENGTH ? null : result;
  }

  private static boolean validDomain(String ascii) {
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || !LDH.matchesAllOf(label)
          || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
    }
    String tld = labels[labels.length - 1];
    return tld.startsWith("xn--") || CharMatcher.inRange('a', 'z').matchesAllOf(tld);
  }

  @Override
  public ContactField field() {
    return ContactField.EMAIL;
  }

  @Override
  public String masked() {
    int at = normalised.lastIndexOf('@');
    return normalised.charAt(0) + "***" + normalised.substring(at);
  }

  /** The masked form: {@code m***@yandex.ru}. */
  @Override
  public String toString() {
    return masked();
  }
}
