package org.diaryaccess.spi.people;

import com.google.common.base.CharMatcher;
import org.diaryaccess.spi.contact.Masking;
import org.diaryaccess.spi.contact.Surnames;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * A person's full name: surname, given name and an optional patronymic, as the portal or the
 * school holds it. {@code toString} shows initials only.
 *
 * @param surname the surname (фамилия), compared by {@link Surnames}
 * @param givenName the given name (имя)
 * @param patronymic the patronymic (отчество), if any
 * @since 0.1.0
 */
public record PersonName(String surname, String givenName, @Nullable String patronymic) {
  /** Longest name part accepted. */
  public static final int MAX_PART_LENGTH = 100;

  private static final CharMatcher FORBIDDEN = CharMatcher.javaIsoControl().precomputed();

  /**
   * Checks every part is non-blank, short and free of control characters.
   *
   * @param surname the surname (фамилия), compared by {@link Surnames}
   * @param givenName the given name (имя)
   * @param patronymic the patronymic (отчество), if any
   */
  public PersonName {
    surname = part(surname, "surname");
    givenName = part(givenName, "givenName");
    patronymic = patronymic == null || patronymic.isBlank() ? null : part(patronymic, "patronymic");
  }

  /**
   * A name without patronymic.
   *
   * @param surname the surname
   * @param givenName the given name
   * @return the name
   */
  public static PersonName of(String surname, String givenName) {
    return new PersonName(surname, givenName, null);
  }

  /**
   * A full name.
   *
   * @param surname the surname
   * @param givenName the given name
   * @param patronymic the patronymic, or {@code null}
   * @return the name
   */
  public static PersonName of(String surname, String givenName, @Nullable String patronymic) {
    return new PersonName(surname, givenName, patronymic);
  }

  private static String part(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, ReasonCode.INVALID_NAME);
    }
    if (value.length() > MAX_PART_LENGTH) {
      throw InvalidInputException.of(field, ReasonCode.TOO_LONG);
    }
    if (FORBIDDEN.matchesAnyOf(value)) {
      throw InvalidInputException.of(field, ReasonCode.FORBIDDEN_CHARACTERS);
    }
    return value.strip();
  }

  /**
   * The name as the guide prints it: «Кубарев Антон Дмитриевич».
   *
   * @return the name as the guide prints it: «Кубарев Антон Дмитриевич»
   */
  public String fullName() {
    return patronymic == null ? surname + " " + givenName : surname + " " + givenName + " " + patronymic;
  }

  /**
   * Whether the given surname names this person (R1 comparison).
   *
   * @param other the other
   * @return whether the given surname names this person (R1 comparison)
   */
  public boolean hasSurname(String other) {
    return Surnames.same(surname, other);
  }

  /** Initials only: {@code К*** А*** Д***}. */
  @Override
  public String toString() {
    return Masking.name(surname) + " " + Masking.name(givenName)
        + (patronymic == null ? "" : " " + Masking.name(patronymic));
  }
}
