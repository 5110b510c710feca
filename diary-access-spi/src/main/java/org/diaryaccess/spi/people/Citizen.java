package org.diaryaccess.spi.people;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.Masking;
import org.diaryaccess.spi.id.CitizenId;
import org.jspecify.annotations.Nullable;

/**
 * A person registered on the portal, with the profile («Личные данные») they edit themselves.
 * The host authenticates them; the library trusts the id it is given.
 *
 * @param id the portal's id
 * @param name full name
 * @param birthDate date of birth, if known
 * @param gender gender, if stated
 * @param contacts e-mail, mobile phone and SNILS as the profile holds them, valid or not
 */
public record Citizen(
    CitizenId id, PersonName name, @Nullable LocalDate birthDate, @Nullable Gender gender, Contacts contacts) {

  /** Checks the required parts. */
  public Citizen {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(contacts, "contacts");
  }

  /** The date of birth, if known. */
  public Optional<LocalDate> dateOfBirth() {
    return Optional.ofNullable(birthDate);
  }

  /** Masked: initials, no date of birth, masked contacts. */
  @Override
  public String toString() {
    return "Citizen[id=" + id + ", name=" + name + ", birthDate=" + Masking.hidden(birthDate) + ", gender=" + gender
        + ", contacts=" + contacts + "]";
  }

  /**
   * The same citizen with an edited profile.
   *
   * @param newContacts the contacts now held
   * @return the updated citizen
   */
  public Citizen withContacts(Contacts newContacts) {
    return new Citizen(id, name, birthDate, gender, newContacts);
  }
}
