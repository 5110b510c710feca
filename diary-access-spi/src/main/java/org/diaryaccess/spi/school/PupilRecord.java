package org.diaryaccess.spi.school;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.Masking;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.PersonName;
import org.jspecify.annotations.Nullable;

/**
 * What a school keeps about one enrolled child: name, class, the child's own contacts and the
 * list of legal representatives with theirs. The school changes it at will; the library reads the
 * current version at every decision.
 *
 * @param id the record's id
 * @param school the school
 * @param className the class, e.g. «9Б»
 * @param name the pupil's name
 * @param birthDate the pupil's date of birth, if known (R12)
 * @param contacts the pupil's own contacts as given to the school (R5)
 * @param enrolled whether the pupil is enrolled now; a pupil who left keeps a record that gives no access
 * @param representatives the legal representatives the school lists
 * @since 0.1.0
 */
public record PupilRecord(
    PupilRecordId id,
    SchoolId school,
    String className,
    PersonName name,
    @Nullable LocalDate birthDate,
    Contacts contacts,
    boolean enrolled,
    List<LegalRepresentative> representatives) {

  /** Most legal representatives one record may list. */
  public static final int MAX_REPRESENTATIVES = 20;

  /**
   * Checks the parts and copies the list.
   *
   * @param id the record's id
   * @param school the school
   * @param className the class, e.g. «9Б»
   * @param name the pupil's name
   * @param birthDate the pupil's date of birth, if known (R12)
   * @param contacts the pupil's own contacts as given to the school (R5)
   * @param enrolled whether the pupil is enrolled now; a pupil who left keeps a record that gives no access
   * @param representatives the legal representatives the school lists
   */
  public PupilRecord {
    checkNotNull(id, "id");
    checkNotNull(school, "school");
    checkNotNull(name, "name");
    checkNotNull(contacts, "contacts");
    if (className == null || className.isBlank() || className.length() > 20) {
      throw InvalidInputException.of("className", ReasonCode.INVALID_NAME);
    }
    className = className.strip();
    representatives = ImmutableList.copyOf(representatives);
    if (representatives.size() > MAX_REPRESENTATIVES) {
      throw InvalidInputException.of("representatives", ReasonCode.TOO_LONG);
    }
  }

  /** Masked: initials, no date of birth, masked contacts. */
  @Override
  public String toString() {
    return "PupilRecord[id=" + id + ", school=" + school + ", className=" + className + ", name=" + name
        + ", birthDate=" + Masking.hidden(birthDate) + ", contacts="
        + contacts + ", enrolled=" + enrolled + ", representatives=" + representatives + "]";
  }

  /**
   * The date of birth, if known.
   *
   * @return the date of birth, if known
   */
  public Optional<LocalDate> dateOfBirth() {
    return Optional.ofNullable(birthDate);
  }

  /**
   * Whether the other record holds exactly what this one does, as written: every field equal, and
   * every contact written with the same text ({@link Contacts#sameAsWritten}). The night's import
   * writes only the records for which this is false, and so changes nothing a full re-write would
   * not.
   *
   * @param other the record as stored, or {@code null} if none is
   * @return whether writing this record over the other would change nothing
   * @since 0.2.0
   */
  public boolean sameAsWritten(@Nullable PupilRecord other) {
    if (other == null || !equals(other) || !contacts.sameAsWritten(other.contacts)) {
      return false;
    }
    for (int i = 0; i < representatives.size(); i++) {
      if (!representatives.get(i).contacts().sameAsWritten(other.representatives.get(i).contacts())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same record with other representatives (the school edited the list).
   *
   * @param newRepresentatives the list now held
   * @return the edited record
   */
  public PupilRecord withRepresentatives(List<LegalRepresentative> newRepresentatives) {
    return new PupilRecord(id, school, className, name, birthDate, contacts, enrolled, newRepresentatives);
  }

  /**
   * The same record with other contacts of the pupil.
   *
   * @param newContacts the pupil's contacts now held
   * @return the edited record
   */
  public PupilRecord withContacts(Contacts newContacts) {
    return new PupilRecord(id, school, className, name, birthDate, newContacts, enrolled, representatives);
  }

  /**
   * The same record, enrolled or not.
   *
   * @param nowEnrolled whether the pupil is enrolled
   * @return the edited record
   */
  public PupilRecord withEnrolled(boolean nowEnrolled) {
    return new PupilRecord(id, school, className, name, birthDate, contacts, nowEnrolled, representatives);
  }

  /**
   * Starts a record as the school's card reads: the id, the school, the class and the child's
   * name, then the rest. A record is enrolled unless {@link Builder#leftSchool()} says otherwise.
   *
   * <pre>{@code
   * PupilRecord anton = PupilRecord.builder(PupilRecordId.of("pupil-1"), SchoolId.of("school-1234"), "9Б",
   *         PersonName.of("Кубарев", "Антон", "Дмитриевич"))
   *     .bornOn(LocalDate.of(2011, 3, 15))
   *     .representative(new LegalRepresentative(RepresentativeKind.MOTHER, vasilisa,
   *         Contacts.none().withEmail("mail@yandex.ru").withMobilePhone("8 926 123 45 67")))
   *     .build();
   * }</pre>
   *
   * @param id the record's id
   * @param school the school
   * @param className the class, e.g. «9Б»
   * @param name the pupil's name
   * @return a builder
   */
  public static Builder builder(PupilRecordId id, SchoolId school, String className, PersonName name) {
    return new Builder(id, school, className, name);
  }

  /** Builds a {@link PupilRecord}; each setter is optional. Not thread-safe. */
  public static final class Builder {
    private final PupilRecordId id;
    private final SchoolId school;
    private final String className;
    private final PersonName name;
    private @Nullable LocalDate birthDate;
    private Contacts contacts = Contacts.none();
    private boolean enrolled = true;
    private final List<LegalRepresentative> representatives = new ArrayList<>();

    private Builder(PupilRecordId id, SchoolId school, String className, PersonName name) {
      this.id = checkNotNull(id, "id");
      this.school = checkNotNull(school, "school");
      this.className = checkNotNull(className, "className");
      this.name = checkNotNull(name, "name");
    }

    /**
     * The pupil's date of birth.
     *
     * @param date the date
     * @return this builder
     */
    public Builder bornOn(LocalDate date) {
      this.birthDate = checkNotNull(date, "date");
      return this;
    }

    /**
     * The pupil's own contacts as given to the school.
     *
     * @param own the contacts
     * @return this builder
     */
    public Builder contacts(Contacts own) {
      this.contacts = checkNotNull(own, "own");
      return this;
    }

    /**
     * The pupil has left the school: the record gives no access.
     *
     * @return this builder
     */
    public Builder leftSchool() {
      this.enrolled = false;
      return this;
    }

    /**
     * A legal representative the school lists, after those added before.
     *
     * @param representative the entry
     * @return this builder
     */
    public Builder representative(LegalRepresentative representative) {
      representatives.add(checkNotNull(representative, "representative"));
      return this;
    }

    /**
     * The record.
     *
     * @return the record
     */
    public PupilRecord build() {
      return new PupilRecord(id, school, className, name, birthDate, contacts, enrolled, representatives);
    }
  }
}
