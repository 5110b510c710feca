package org.diaryaccess.tck.arbitraries;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.tck.harness.Guide;
import org.jspecify.annotations.Nullable;

/**
 * Text a hostile or careless caller sends: control characters, bidirectional overrides, lone
 * surrogates, SQL and template metacharacters, homoglyphs of the guide's names, numbers one digit
 * off, SNILS with a wrong check number, and valid values among them so that calls get deep.
 */
public final class HostileText {
  private static final String LONG = "ж".repeat(10_000);

  /** The values a hostile or careless caller sends, valid ones among them so that calls get deep. */
  private static final List<@Nullable String> NASTY = java.util.Arrays.asList(
      null, "", " ", "\t", "\u0000", "a\u0007b", "line\nbreak", "\u202Eевил", "a\u2066b\u2069", "\uD800", "\uDC00x",
      "😀", "\u200B", LONG, "'; DROP TABLE da_citizen; --", "' OR '1'='1", "\" OR \"\"=\"", "%", "_", "\\",
      "../../etc/passwd", "${jndi:ldap://x/a}", "{0}", "%s%n", "<script>alert(1)</script>",
      // the guide's values, and their homoglyphs: a Latin «а», «е», «о» inside Cyrillic
      "Кубарева", "Кубарeва", "Кубаpева", "Kубарева", "Иванченко", "Ивaнченко",
      Guide.NINA_PHONE, Guide.NINA_PHONE + "\u200B", "+7 903 111-22-33 ", "+79031112233", "89031112233", "+7903111223",
      "+7 903 111-22-333", "+1 202 555 0100", "+7 495 123-45-67", "0", "-1", "9".repeat(40),
      Guide.GUIDE_SNILS, Guide.VALID_SNILS, "123-456-789 6", "000-000-000 00", "123–456–789 64",
      "mail@yandex.ru", "mail@@yandex.ru", "mail@yandex", "mail@яндекс.рф", "a@b.c\u0000", "@", "a@", "@b.ru",
      "citizen-vasilisa", "citizen-nina", "pupil-anton", "pupil-masha", "1", "zzzzzzzz", "x".repeat(129));

  /** Of those, what fits a contact field and parses as no contact at all. */
  private static final List<@Nullable String> CONTACT_LIKE = NASTY.stream()
      .filter(text -> text != null && text.length() <= 1_000 && Contacts.of(text, text, text).values().isEmpty())
      .toList();

  private HostileText() {}

  /**
   * Hostile text, {@code null} and the empty string included, one value in ten drawn at random.
   *
   * @return the arbitrary
   */
  public static Arbitrary<@Nullable String> text() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(NASTY)),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30)),
        Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5)));
  }

  /**
   * What a school or a portal form may hold where a contact belongs: text no contact parses from,
   * short enough to be stored.
   *
   * @return the arbitrary
   */
  public static Arbitrary<@Nullable String> contactLike() {
    return Arbitraries.of(CONTACT_LIKE);
  }
}
