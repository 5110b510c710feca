package org.diaryaccess.tck.arbitraries;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.diaryaccess.spi.contact.Snils;

/**
 * jqwik generators for contact data in the spellings people really use: SNILS with and without
 * separators, Russian mobile numbers in every common form, e-mails in any case with spaces, and
 * surnames with «ё», hyphens, odd spacing and case.
 */
public final class ContactArbitraries {
  private ContactArbitraries() {}

  /** Mobile operator codes (DEF codes 9xx) that libphonenumber knows as Russian mobile. */
  private static final List<String> MOBILE_CODES = List.of("900", "903", "905", "906", "909", "910", "915", "916",
      "917", "925", "926", "929", "960", "962", "964", "977", "985", "999");

  /**
   * The nine leading digits of a SNILS that carries a check number.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> snilsBodies() {
    return Arbitraries.integers().between(1_001_999, 999_999_999).map(n -> String.format("%09d", n));
  }

  /**
   * Valid SNILS as bare 11 digits.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> validSnilsDigits() {
    return snilsBodies().map(body -> body + String.format("%02d", Snils.checkNumber(body)));
  }

  /**
   * Valid SNILS, written in one of the usual spellings.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> validSnilsSpellings() {
    return Combinators.combine(validSnilsDigits(), Arbitraries.integers().between(0, 3)).as(ContactArbitraries::spellSnils);
  }

  /**
   * Spells 11 SNILS digits one of four ways.
   *
   * @param d the digits
   * @param style 0..3
   * @return the spelling
   */
  public static String spellSnils(String d, int style) {
    return switch (style) {
      case 0 -> d;
      case 1 -> d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6, 9) + " " + d.substring(9);
      case 2 -> " " + d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6, 9) + "-" + d.substring(9) + " ";
      default -> d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6, 9) + " " + d.substring(9);
    };
  }

  /**
   * SNILS with a wrong check number (and a body that must carry one).
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> snilsWithWrongCheckNumber() {
    return Combinators.combine(snilsBodies(), Arbitraries.integers().between(1, 99))
        .as((body, shift) -> body + String.format("%02d", (Snils.checkNumber(body) + shift) % 100));
  }

  /**
   * Ten national digits of a Russian mobile number: operator code and subscriber number.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> mobileNationalNumbers() {
    return Combinators.combine(Arbitraries.of(MOBILE_CODES), Arbitraries.integers().between(0, 9_999_999))
        .as((code, n) -> code + String.format("%07d", n));
  }

  /**
   * Spells ten national digits one of the guide's ways.
   *
   * @param n the national number
   * @param style 0..5
   * @return the spelling
   */
  public static String spellPhone(String n, int style) {
    String a = n.substring(0, 3);
    String b = n.substring(3, 6);
    String c = n.substring(6, 8);
    String d = n.substring(8);
    return switch (style) {
      case 0 -> "+7 (" + a + ") " + b + "-" + c + "-" + d;
      case 1 -> "8 " + a + " " + b + " " + c + " " + d;
      case 2 -> "7" + n;
      case 3 -> "(" + a + ") " + b + "-" + c + "-" + d;
      case 4 -> "+7" + n;
      default -> "8(" + a + ")" + b + c + d;
    };
  }

  /**
   * Russian mobile numbers in every common spelling, with the E.164 form they must give.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Spelled> mobilePhoneSpellings() {
    return Combinators.combine(mobileNationalNumbers(), Arbitraries.integers().between(0, 5))
        .as((n, style) -> new Spelled(spellPhone(n, style), "+7" + n));
  }

  /**
   * E-mails in any case, with surrounding spaces, some with a Cyrillic (IDN) domain.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Spelled> emailSpellings() {
    Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '_', '-')
        .ofMinLength(1).ofMaxLength(20)
        .filter(s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."));
    Arbitrary<String> domain = Arbitraries.of("yandex.ru", "mail.ru", "gmail.com", "mos.ru", "почта.рф");
    return Combinators.combine(local, domain, Arbitraries.integers().between(0, 2))
        .as((l, dom, style) -> {
          String address = l + "@" + dom;
          String spelled = switch (style) {
            case 0 -> address;
            case 1 -> "  " + address.toUpperCase(Locale.ROOT) + " ";
            default -> Character.toUpperCase(address.charAt(0)) + address.substring(1);
          };
          String asciiDomain = dom.equals("почта.рф") ? "xn--80a1acny.xn--p1ai" : dom;
          return new Spelled(spelled, l + "@" + asciiDomain);
        });
  }

  /**
   * Russian surnames, some with «ё», some double-barrelled.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> surnames() {
    Arbitrary<String> single = Arbitraries.of("Иванченко", "Кубарев", "Кубарева", "Алёшина", "Королёв", "Петров",
        "Соколова", "Щёголев", "Ёлкин", "Ли");
    return Arbitraries.oneOf(single,
        Combinators.combine(single, single).as((a, b) -> a + "-" + b));
  }

  /**
   * Another spelling of the same surname: case, spaces, «е» for «ё», a dash for the hyphen.
   *
   * @return pairs of a surname and a respelling
   */
  public static Arbitrary<Spelled> surnameRespellings() {
    return Combinators.combine(surnames(), Arbitraries.integers().between(0, 4)).as((s, style) -> {
      String other = switch (style) {
        case 0 -> s.toUpperCase(Locale.ROOT);
        case 1 -> "  " + s.toLowerCase(Locale.ROOT) + "\t";
        case 2 -> s.replace('ё', 'е').replace('Ё', 'Е');
        case 3 -> s.replace("-", " – ");
        default -> s;
      };
      return new Spelled(other, s);
    });
  }

  /**
   * A spelling and the value it means.
   *
   * @param spelled as typed
   * @param meaning the normalised value (or another spelling of it, for surnames)
   */
  public record Spelled(String spelled, String meaning) {}
}
