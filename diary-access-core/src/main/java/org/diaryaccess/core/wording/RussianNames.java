package org.diaryaccess.core.wording;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.diaryaccess.spi.people.Gender;
import org.diaryaccess.spi.people.PersonName;
import org.jspecify.annotations.Nullable;

/**
 * Russian personal names in the genitive, dative and instrumental, by the rules of Russian
 * grammar for given names, patronymics and surnames (as D. E. Rosenthal's reference on Russian
 * spelling and style sets them out):
 *
 * <ul>
 *   <li>surnames in -ов/-ев/-ин/-ын decline as possessives (Кубарев — Кубаревым, Кубарева —
 *       Кубаревой), in -ский/-цкий/-ой/-ый/-ая as adjectives (Толстой — Толстого, Плисецкая —
 *       Плисецкой), in -а/-я as nouns (Глинка — Глинки, Берия — Берии);
 *   <li>surnames in a consonant or -ь decline for a man and not for a woman (Шевчук — Шевчука, but
 *       Оксана Шевчук — Оксаны Шевчук);
 *   <li>surnames in -о, -е, -и, -у, -ю, -ых, -их never decline (Иванченко, Живаго, Черных), nor
 *       those in -а after a vowel (Моруа);
 *   <li>each part of a double-barrelled name declines on its own (Салтыков-Щедрин —
 *       Салтыкова-Щедрина, Римская-Корсакова — Римской-Корсаковой);
 *   <li>given names follow their noun class, with the fleeting vowels of Лев, Павел and Пётр;
 *       patronymics in -ич and -на decline, «оглы» and «кызы» do not.
 * </ul>
 *
 * <p>The gender is the citizen's where the profile states it, else what the patronymic, the
 * surname or the given name tells; where none tells (Саша Шевчук), the name is left as written,
 * and {@link #genderOf} says so. Stress is not known, so a surname stressed on a final -а
 * (Дюма) is declined as if unstressed, and one in -ин that is not Russian (Дарвин) takes -ым.
 * Pure functions; thread-safe.
 *
 * @since 0.2.0
 */
public final class RussianNames {
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  /** After these, -ы becomes -и (Ольга — Ольги). */
  private static final String VELARS_AND_SIBILANTS = "гкхжшчщ";
  /** After these, an unstressed -ой/-ом is -ей/-ем (Миша — Мишей, Гуревич — Гуревичем). */
  private static final String SIBILANTS_AND_TS = "жшчщц";
  private static final Set<String> MALE_IN_A = ImmutableSet.of("никита", "илья", "кузьма", "фома", "лука",
      "савва", "данила", "гаврила", "фока", "фрол", "миша", "паша", "гоша", "дима", "ваня", "петя", "коля",
      "вова", "серёжа", "сережа", "лёша", "леша", "алёша", "алеша", "костя", "витя", "толя", "юра", "федя",
      "гриша", "митя", "боря", "слава", "стёпа", "степа", "лёва", "лева", "жора", "иона", "ермола", "мустафа");
  private static final Set<String> EITHER = ImmutableSet.of("саша", "женя", "валя", "шура", "слава", "саня");
  private static final Set<String> FEMALE_IN_SOFT_SIGN = ImmutableSet.of("любовь", "нинель", "адель",
      "юдифь", "руфь", "рахиль", "эсфирь", "ассоль", "изабель", "габриэль", "мишель", "айгуль", "гузель");
  /** Patronymics stressed on the ending: -ом, not -ем. */
  private static final Set<String> STRESSED_PATRONYMICS = ImmutableSet.of("ильич", "кузьмич", "лукич", "фомич");

  private RussianNames() {}

  /** How much of a name a sentence names. */
  public enum Form {
    /** «Антон»: a child to a parent. */
    GIVEN,
    /** «Василиса Владимировна»: one adult to another, politely. */
    GIVEN_AND_PATRONYMIC,
    /** «Антон Кубарев»: a child to someone outside the family. */
    GIVEN_AND_SURNAME,
    /** «Нина Петровна Кубарева». */
    FULL
  }

  /**
   * The gender a name is declined in: the stated one, else what the patronymic, the surname or the
   * given name tells.
   *
   * @param name the name
   * @param stated the gender the profile states, or {@code null}
   * @return the gender, or {@code null} if nothing tells it (then the name is not declined)
   */
  public static @Nullable Gender genderOf(PersonName name, @Nullable Gender stated) {
    checkNotNull(name, "name");
    if (stated != null) {
      return stated;
    }
    String patronymic = name.patronymic() == null ? "" : lower(name.patronymic());
    if (patronymic.endsWith("ич") || patronymic.endsWith("оглы") || patronymic.endsWith("улы")) {
      return Gender.MALE;
    }
    if (patronymic.endsWith("на") || patronymic.endsWith("кызы")) {
      return Gender.FEMALE;
    }
    String surname = lower(lastPart(name.surname()));
    if (endsWithAny(surname, "ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая")) {
      return Gender.FEMALE;
    }
    if (endsWithAny(surname, "ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой", "ый")) {
      return Gender.MALE;
    }
    String given = lower(name.givenName());
    if (EITHER.contains(given)) {
      return null;
    }
    if (given.endsWith("а") || given.endsWith("я")) {
      return MALE_IN_A.contains(given) ? Gender.MALE : Gender.FEMALE;
    }
    if (given.endsWith("ь")) {
      return FEMALE_IN_SOFT_SIGN.contains(given) ? Gender.FEMALE : Gender.MALE;
    }
    return isCyrillicConsonant(last(given)) || given.endsWith("й") ? Gender.MALE : null;
  }

  /**
   * A name in a case, its parts in the order a sentence uses: given name, patronymic, surname.
   *
   * <pre>{@code
   * RussianNames.inflect(PersonName.of("Кубарева", "Нина", "Петровна"), null, Form.FULL, GrammaticalCase.GENITIVE)
   *     // "Нины Петровны Кубаревой"
   * }</pre>
   *
   * @param name the name
   * @param stated the gender the profile states, or {@code null}
   * @param form which parts
   * @param grammaticalCase the case
   * @return the parts in the case, or as written where the gender is not known
   */
  public static String inflect(PersonName name, @Nullable Gender stated, Form form, GrammaticalCase grammaticalCase) {
    checkNotNull(form, "form");
    checkNotNull(grammaticalCase, "grammaticalCase");
    Gender gender = genderOf(name, stated);
    StringBuilder words = new StringBuilder(part(name.givenName(), gender, grammaticalCase, RussianNames::givenName));
    String patronymic = name.patronymic();
    if (patronymic != null && (form == Form.GIVEN_AND_PATRONYMIC || form == Form.FULL)) {
      words.append(' ').append(part(patronymic, gender, grammaticalCase, RussianNames::patronymic));
    }
    if (form == Form.GIVEN_AND_SURNAME || form == Form.FULL) {
      words.append(' ').append(part(name.surname(), gender, grammaticalCase, RussianNames::surname));
    }
    return words.toString();
  }

  /** A rule for one kind of name part, in one gender and case. */
  private interface PartRule {
    String apply(String word, Gender gender, GrammaticalCase grammaticalCase);
  }

  private static String part(String written, @Nullable Gender gender, GrammaticalCase grammaticalCase, PartRule rule) {
    if (gender == null || grammaticalCase == GrammaticalCase.NOMINATIVE) {
      return written;
    }
    return hyphenated(written, word -> rule.apply(word, gender, grammaticalCase));
  }

  /**
   * A given name in a case: «Антон» — «Антона», «Антону», «Антоном».
   *
   * @param written the given name as written
   * @param gender its bearer's gender
   * @param grammaticalCase the case
   * @return the given name in the case
   */
  public static String givenName(String written, Gender gender, GrammaticalCase grammaticalCase) {
    checkNotNull(gender, "gender");
    return hyphenated(written, word -> {
      String lower = lower(word);
      if (grammaticalCase == GrammaticalCase.NOMINATIVE || !isCyrillic(lower)) {
        return word;
      }
      if (gender == Gender.MALE) {
        switch (lower) {
          case "лев" -> {
            return swap(word, 2, ending(grammaticalCase, "ьва", "ьву", "ьвом"));
          }
          case "павел" -> {
            return swap(word, 2, ending(grammaticalCase, "ла", "лу", "лом"));
          }
          case "пётр", "петр" -> {
            return swap(word, 3, ending(grammaticalCase, "етра", "етру", "етром"));
          }
          case "илья" -> {
            return swap(word, 1, ending(grammaticalCase, "и", "е", "ёй"));
          }
          default -> {
            return masculine(word, grammaticalCase, false);
          }
        }
      }
      return feminine(word, grammaticalCase, true);
    });
  }

  /**
   * A patronymic in a case: «Петровна» — «Петровны», «Петровне», «Петровной»; «Ильич» —
   * «Ильичом»; «Али оглы» as written.
   *
   * @param written the patronymic as written
   * @param gender its bearer's gender
   * @param grammaticalCase the case
   * @return the patronymic in the case
   */
  public static String patronymic(String written, Gender gender, GrammaticalCase grammaticalCase) {
    checkNotNull(gender, "gender");
    String lower = lower(written);
    if (grammaticalCase == GrammaticalCase.NOMINATIVE || lower.contains(" ") || !isCyrillic(lower)) {
      return written;
    }
    if (lower.endsWith("ич")) {
      return swap(written, 0, ending(grammaticalCase, "а", "у", STRESSED_PATRONYMICS.contains(lower) ? "ом" : "ем"));
    }
    if (lower.endsWith("на")) {
      return swap(written, 1, ending(grammaticalCase, "ы", "е", "ой"));
    }
    return written;
  }

  /**
   * A surname in a case: «Кубарев» — «Кубарева», «Кубареву», «Кубаревым»; «Шевчук» declines for a
   * man and not for a woman; «Иванченко» never declines.
   *
   * @param written the surname as written; each part of a double-barrelled one declines on its own
   * @param gender its bearer's gender
   * @param grammaticalCase the case
   * @return the surname in the case
   */
  public static String surname(String written, Gender gender, GrammaticalCase grammaticalCase) {
    checkNotNull(gender, "gender");
    return hyphenated(written, word -> {
      int space = word.lastIndexOf(' ');
      if (space >= 0) {
        return word.substring(0, space + 1) + surname(word.substring(space + 1), gender, grammaticalCase);
      }
      String lower = lower(word);
      if (grammaticalCase == GrammaticalCase.NOMINATIVE || !isCyrillic(lower) || lower.length() < 2
          || endsWithAny(lower, "ых", "их") || "оеиуюэы".indexOf(last(lower)) >= 0) {
        return word;
      }
      char beforeLast = lower.charAt(lower.length() - 2);
      if (gender == Gender.FEMALE) {
        if (endsWithAny(lower, "ова", "ева", "ёва", "ина", "ына")) {
          return swap(word, 1, "ой");
        }
        if (lower.endsWith("ая")) {
          return swap(word, 2, "ой");
        }
        if (lower.endsWith("яя")) {
          return swap(word, 2, "ей");
        }
        return lower.endsWith("а") || lower.endsWith("я") ? feminine(word, grammaticalCase, false) : word;
      }
      if (endsWithAny(lower, "ов", "ев", "ёв", "ин", "ын")) {
        return swap(word, 0, ending(grammaticalCase, "а", "у", "ым"));
      }
      if (endsWithAny(lower, "ой", "ый")) {
        return swap(word, 2, ending(grammaticalCase, "ого", "ому", "ым"));
      }
      if (lower.endsWith("ий") && lower.length() > 2
          && VELARS_AND_SIBILANTS.indexOf(lower.charAt(lower.length() - 3)) >= 0) {
        return swap(word, 2, ending(grammaticalCase, "ого", "ому", "им"));
      }
      if (lower.endsWith("ний")) {
        return swap(word, 2, ending(grammaticalCase, "его", "ему", "им"));
      }
      if ((lower.endsWith("а") || lower.endsWith("я")) && isVowel(beforeLast) && !lower.endsWith("ия")) {
        return word;
      }
      return masculine(word, grammaticalCase, true);
    });
  }

  /** A masculine noun: hard or soft stem, or a noun in -а/-я (Никита, Окуджава, Берия). */
  private static String masculine(String word, GrammaticalCase grammaticalCase, boolean surname) {
    String lower = lower(word);
    char last = last(lower);
    if (last == 'а' || last == 'я') {
      return feminine(word, grammaticalCase, !surname);
    }
    if (last == 'й' || last == 'ь') {
      return swap(word, 1, ending(grammaticalCase, "я", "ю", "ем"));
    }
    if (isCyrillicConsonant(last)) {
      return swap(word, 0, ending(grammaticalCase, "а", "у", SIBILANTS_AND_TS.indexOf(last) >= 0 ? "ем" : "ом"));
    }
    return word;
  }

  /**
   * A noun in -а/-я or, for a given name, a feminine one in -ь (Любовь): Нина — Нины, Нине,
   * Ниной; Мария — Марии; Любовь — Любовью. Anything else is left as written (Элен, Мэри).
   */
  private static String feminine(String word, GrammaticalCase grammaticalCase, boolean givenName) {
    String lower = lower(word);
    char last = last(lower);
    char beforeLast = lower.length() > 1 ? lower.charAt(lower.length() - 2) : ' ';
    if (last == 'а') {
      return swap(word, 1, ending(grammaticalCase, VELARS_AND_SIBILANTS.indexOf(beforeLast) >= 0 ? "и" : "ы", "е",
          SIBILANTS_AND_TS.indexOf(beforeLast) >= 0 ? "ей" : "ой"));
    }
    if (last == 'я') {
      return swap(word, 1, ending(grammaticalCase, "и", beforeLast == 'и' ? "и" : "е", "ей"));
    }
    if (last == 'ь' && givenName) {
      return swap(word, 1, ending(grammaticalCase, "и", "и", "ью"));
    }
    return word;
  }

  private static String ending(GrammaticalCase grammaticalCase, String genitive, String dative, String instrumental) {
    return switch (grammaticalCase) {
      case NOMINATIVE -> "";
      case GENITIVE -> genitive;
      case DATIVE -> dative;
      case INSTRUMENTAL -> instrumental;
    };
  }

  /** The word without its last {@code drop} letters, and the ending — in capitals if the word is written so. */
  private static String swap(String word, int drop, String ending) {
    String stem = word.substring(0, word.length() - drop);
    boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(RUSSIAN));
    return stem + (capitals ? ending.toUpperCase(RUSSIAN) : ending);
  }

  private static String hyphenated(String written, UnaryOperator<String> each) {
    checkNotNull(written, "written");
    if (written.indexOf('-') < 0) {
      return each.apply(written);
    }
    String[] parts = written.split("-", -1);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      joined.append(i == 0 ? "" : "-").append(parts[i].isEmpty() ? "" : each.apply(parts[i]));
    }
    return joined.toString();
  }

  private static String lastPart(String surname) {
    int hyphen = surname.lastIndexOf('-');
    return hyphen < 0 ? surname : surname.substring(hyphen + 1);
  }

  private static String lower(String value) {
    return value.strip().toLowerCase(RUSSIAN);
  }

  private static char last(String lower) {
    return lower.isEmpty() ? ' ' : lower.charAt(lower.length() - 1);
  }

  private static boolean endsWithAny(String lower, String... endings) {
    for (String ending : endings) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCyrillic(String lower) {
    return !lower.isEmpty() && lower.chars().allMatch(c -> (c >= 'а' && c <= 'я') || c == 'ё' || c == ' ');
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюя".indexOf(c) >= 0;
  }

  private static boolean isCyrillicConsonant(char c) {
    return ((c >= 'а' && c <= 'я') || c == 'ё') && !isVowel(c) && c != 'ь' && c != 'ъ' && c != 'й';
  }
}
