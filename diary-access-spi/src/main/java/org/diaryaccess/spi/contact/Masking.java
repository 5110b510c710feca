package org.diaryaccess.spi.contact;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How personal data is shown where it must not be readable: in {@code toString}, logs and
 * messages (docs/RULES.md, Guarantees).
 *
 * @since 0.1.0
 */
public final class Masking {
  private Masking() {}

  /**
   * Masks raw text whose validity is unknown: keeps only its length class, never its content.
   *
   * @param raw the text, possibly {@code null}
   * @return {@code "<none>"} or {@code "<masked>"}
   */
  public static String raw(@Nullable String raw) {
    return hidden(raw);
  }

  /**
   * Masks any value entirely: says only whether there is one.
   *
   * @param value a date of birth, say, possibly {@code null}
   * @return {@code "<none>"} or {@code "<masked>"}
   */
  public static String hidden(@Nullable Object value) {
    return value == null ? "<none>" : "<masked>";
  }

  /**
   * Masks a name: its first letter followed by {@code ***}.
   *
   * @param name a name part
   * @return for example {@code И***}
   */
  public static String name(String name) {
    return name.isEmpty() ? "" : name.codePoints().limit(1)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "***";
  }

  private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"'(),;:]+@[^\\s@<>\"'(),;:]+");
  private static final Pattern DIGITS = Pattern.compile("\\+?\\d[\\d ()\\-]{3,}\\d");

  /**
   * Masks free text that may hold contacts — an exception's message, say: anything shaped like
   * an e-mail becomes {@code ***@***}, any run of five or more digits (a phone, a SNILS)
   * becomes {@code ***}. Names cannot be told from words, so text that may hold them should not
   * be shown at all.
   *
   * @param text the text, possibly {@code null}
   * @return the text with contacts masked, {@code ""} for {@code null}
   */
  public static String text(@Nullable String text) {
    if (text == null) {
      return "";
    }
    return DIGITS.matcher(EMAIL.matcher(text).replaceAll("***@***")).replaceAll("***");
  }

  /**
   * An error as an operator may read it: the exception's class and its message, contacts masked,
   * cut to a length.
   *
   * @param error the error
   * @param maxLength the longest result
   * @return for example {@code IllegalStateException: no such recipient ***@***}
   */
  public static String error(Throwable error, int maxLength) {
    String message = error.getMessage();
    String text = error.getClass().getSimpleName() + (message == null ? "" : ": " + text(message));
    return text.length() <= maxLength ? text : text.substring(0, Math.max(0, maxLength - 1)) + "…";
  }
}
