package org.diaryaccess.spi.contact;

import org.jspecify.annotations.Nullable;

/**
 * How personal data is shown where it must not be readable: in {@code toString}, logs and
 * messages (docs/RULES.md, Guarantees).
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
}
