package org.diaryaccess.examples.portal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.PersonName;
import org.springframework.stereotype.Component;

/**
 * The guide's family and the school: who can sign in, and the class the teacher keeps. The
 * portal's real authentication is out of scope; choosing an account stands in for it.
 */
@Component
public class Accounts {
  /** The mother, Василиса Иванченко. */
  public static final Account VASILISA = new Account("vasilisa",
      PersonName.of("Иванченко", "Василиса", "Владимировна"), Account.Role.CITIZEN, CitizenId.of("citizen-vasilisa"));
  /** Her son, the pupil Антон Кубарев. */
  public static final Account ANTON = new Account("anton",
      PersonName.of("Кубарев", "Антон", "Дмитриевич"), Account.Role.CITIZEN, CitizenId.of("citizen-anton"));
  /** His grandmother Нина Кубарева, to be a trusted person. */
  public static final Account NINA = new Account("nina",
      PersonName.of("Кубарева", "Нина", "Петровна"), Account.Role.CITIZEN, CitizenId.of("citizen-nina"));
  /** The class teacher of 9Б. */
  public static final Account TEACHER = new Account("teacher",
      PersonName.of("Смирнова", "Ольга", "Игоревна"), Account.Role.TEACHER, null);
  /** The portal's operator. */
  public static final Account OPERATOR = new Account("operator",
      PersonName.of("Орлов", "Павел", "Сергеевич"), Account.Role.OPERATOR, null);

  /** Антон's record at school 1234: an opaque id, as a school system gives, so that no URL names the child. */
  public static final PupilRecordId ANTON_RECORD = PupilRecordId.of("7c0e4f52-93a1-4d6b-b8e2-51f0a9d3c6e4");
  /** The school. */
  public static final SchoolId SCHOOL = SchoolId.of("school-1234");
  /** The teacher's class. */
  public static final String CLASS_NAME = "9Б";

  private static final ImmutableList<Account> ALL = ImmutableList.of(VASILISA, ANTON, NINA, TEACHER, OPERATOR);

  /** Created by Spring. */
  public Accounts() {}

  /**
   * Everyone who can sign in, in the order the sign-in page lists them.
   *
   * @return everyone who can sign in
   */
  public List<Account> all() {
    return ALL;
  }

  /**
   * The account with a key.
   *
   * @param key the sign-in key
   * @return the account, if there is one
   */
  public Optional<Account> byKey(String key) {
    return ALL.stream().filter(a -> a.key().equals(key)).findFirst();
  }

  /**
   * The pupils of the teacher's class, as the school's own system lists them.
   *
   * @return the class's record ids
   */
  public List<PupilRecordId> classRoster() {
    return List.of(ANTON_RECORD);
  }
}
