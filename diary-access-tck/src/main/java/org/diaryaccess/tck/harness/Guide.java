package org.diaryaccess.tck.harness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.Gender;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;

/**
 * The people of the city portal's guide for parents, and a few more for the trusted-persons
 * page. The guide's own SNILS ({@code 123-456-789 12}) fails its check number; the valid one
 * used here is {@code 123-456-789 64}.
 */
public final class Guide {
  private Guide() {}

  /** The first day of the school year, 09:00 in Moscow. */
  public static final Instant SCHOOL_YEAR_STARTS = Instant.parse("2026-09-01T06:00:00Z");

  /** The guide's sample SNILS: its check number is wrong. */
  public static final String GUIDE_SNILS = "123-456-789 12";
  /** The same number with its right check number. */
  public static final String VALID_SNILS = "123-456-789 64";

  /** Vasilisa's citizen id. */
  public static final CitizenId VASILISA_ID = CitizenId.of("citizen-vasilisa");
  /** Anton's citizen id, for his own portal account. */
  public static final CitizenId ANTON_CITIZEN_ID = CitizenId.of("citizen-anton");
  /** Dmitry's citizen id. */
  public static final CitizenId DMITRY_ID = CitizenId.of("citizen-dmitry");
  /** Nina's citizen id. */
  public static final CitizenId NINA_ID = CitizenId.of("citizen-nina");
  /** The nanny's citizen id. */
  public static final CitizenId NANNY_ID = CitizenId.of("citizen-nanny");
  /** The stranger's citizen id. */
  public static final CitizenId STRANGER_ID = CitizenId.of("citizen-stranger");
  /** Anton's pupil record. */
  public static final PupilRecordId ANTON = PupilRecordId.of("pupil-anton");
  /** Masha's pupil record. */
  public static final PupilRecordId MASHA = PupilRecordId.of("pupil-masha");
  /** The children's school. */
  public static final SchoolId SCHOOL = SchoolId.of("school-1234");

  /** Vasilisa's e-mail, as her profile holds it. */
  public static final String VASILISA_EMAIL = "mail@yandex.ru";
  /** Vasilisa's phone, as she typed it. */
  public static final String VASILISA_PHONE = "(926) 123-45-67";
  /** Nina's phone, the one she is invited by. */
  public static final String NINA_PHONE = "+7 903 111-22-33";
  /** The nanny's phone, written as people do. */
  public static final String NANNY_PHONE = "8 915 444 55 66";

  /**
   * Иванченко Василиса Владимировна, as her profile reads in the guide (with a valid SNILS).
   *
   * @return a new value each call
   */
  public static Citizen vasilisa() {
    return new Citizen(VASILISA_ID, PersonName.of("Иванченко", "Василиса", "Владимировна"), null, null,
        Contacts.of(VASILISA_EMAIL, VASILISA_PHONE, VALID_SNILS));
  }

  /**
   * Кубарев Антон Дмитриевич, 9Б, registered on the portal with his own contacts.
   *
   * @return a new value each call
   */
  public static Citizen antonCitizen() {
    return new Citizen(ANTON_CITIZEN_ID, PersonName.of("Кубарев", "Антон", "Дмитриевич"), LocalDate.of(2011, 3, 15),
        Gender.MALE, Contacts.of("anton.kubarev@yandex.ru", "+7 916 765-43-21", null));
  }

  /**
   * Кубарев Дмитрий Сергеевич, Anton's father.
   *
   * @return a new value each call
   */
  public static Citizen dmitry() {
    return new Citizen(DMITRY_ID, PersonName.of("Кубарев", "Дмитрий", "Сергеевич"), LocalDate.of(1980, 6, 1),
        Gender.MALE, Contacts.of("d.kubarev@mail.ru", "+7 925 222-33-44", null));
  }

  /**
   * Кубарева Нина Петровна, the grandmother to be invited by phone and surname.
   *
   * @return a new value each call
   */
  public static Citizen nina() {
    return new Citizen(NINA_ID, PersonName.of("Кубарева", "Нина", "Петровна"), LocalDate.of(1958, 2, 20),
        Gender.FEMALE, Contacts.of("nina.kubareva@mail.ru", NINA_PHONE, "112-233-445 95"));
  }

  /**
   * Соколова Ольга, a nanny.
   *
   * @return a new value each call
   */
  public static Citizen nanny() {
    return new Citizen(NANNY_ID, PersonName.of("Соколова", "Ольга"), LocalDate.of(1990, 1, 1), Gender.FEMALE,
        Contacts.of("olga.sokolova@mail.ru", NANNY_PHONE, null));
  }

  /**
   * Someone with no tie to the family.
   *
   * @return a new value each call
   */
  public static Citizen stranger() {
    return new Citizen(STRANGER_ID, PersonName.of("Петров", "Пётр"), LocalDate.of(1975, 5, 5), Gender.MALE,
        Contacts.of("petrov@mail.ru", "+7 999 000-11-22", null));
  }

  /**
   * Vasilisa's entry as the school holds it when it matches her profile.
   *
   * @return a new value each call
   */
  public static LegalRepresentative vasilisaAsTheSchoolHoldsHer() {
    return new LegalRepresentative(RepresentativeKind.MOTHER, PersonName.of("Иванченко", "Василиса", "Владимировна"),
        Contacts.of("MAIL@yandex.ru", "8 926 123 45 67", null));
  }

  /**
   * Dmitry's entry as the school holds it.
   *
   * @return a new value each call
   */
  public static LegalRepresentative dmitryAsTheSchoolHoldsHim() {
    return new LegalRepresentative(RepresentativeKind.FATHER, PersonName.of("Кубарев", "Дмитрий", "Сергеевич"),
        Contacts.of("d.kubarev@mail.ru", "79252223344", null));
  }

  /**
   * Anton's record in 9Б, with his mother listed.
   *
   * @param representatives the legal representatives the school lists
   * @return a new value each call
   */
  public static PupilRecord antonRecord(LegalRepresentative... representatives) {
    return new PupilRecord(ANTON, SCHOOL, "9Б", PersonName.of("Кубарев", "Антон", "Дмитриевич"),
        LocalDate.of(2011, 3, 15), Contacts.of("anton.kubarev@yandex.ru", "+7 (916) 765-43-21", null), true,
        List.of(representatives));
  }

  /**
   * Anton's younger sister in 3А.
   *
   * @param representatives the legal representatives the school lists
   * @return a new value each call
   */
  public static PupilRecord mashaRecord(LegalRepresentative... representatives) {
    return new PupilRecord(MASHA, SCHOOL, "3А", PersonName.of("Кубарева", "Мария", "Дмитриевна"),
        LocalDate.of(2018, 10, 2), Contacts.none(), true, List.of(representatives));
  }
}
