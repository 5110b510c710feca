package org.diaryaccess.spi.contact;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How surnames are compared (R1): after Unicode normalisation (NFKC), trimming, collapsing inner
 * spaces, case folding and reading «ё» as «е». A hyphenated double surname is one surname, so
 * spaces around its hyphen and the kind of dash do not matter.
 *
 * <pre>{@code
 * Surnames.matchKey(" Иванченко ").equals(Surnames.matchKey("ИВАНЧЕНКО"))        // true
 * Surnames.matchKey("Алёшина").equals(Surnames.matchKey("Алешина"))              // true
 * Surnames.matchKey("Петрова – Водкина").equals(Surnames.matchKey("петрова-водкина")) // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Surnames {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DASHES = Pattern.compile("\\s*\\p{Pd}\\s*");

  private Surnames() {}

  /**
   * The form two surnames are compared in: equal keys mean the same surname.
   *
   * @param surname a surname as typed
   * @return its comparison key (empty for a blank surname)
   */
  public static String matchKey(String surname) {
    String s = Normalizer.normalize(surname, Normalizer.Form.NFKC).strip();
    s = SPACES.matcher(s).replaceAll(" ");
    s = DASHES.matcher(s).replaceAll("-");
    s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return s.replace('ё', 'е');
  }

  /**
   * Whether two spellings name the same surname.
   *
   * @param a one spelling
   * @param b another
   * @return {@code true} if their {@link #matchKey match keys} are equal
   */
  public static boolean same(String a, String b) {
    return matchKey(a).equals(matchKey(b));
  }
}
