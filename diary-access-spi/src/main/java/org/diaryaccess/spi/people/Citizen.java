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
 * @since 0.1.0
 */
public record Citizen(
    CitizenId id, PersonName name, @Nullable LocalDate birthDate, @Nullable Gender gender, Contacts contacts) {

  /**
   * Checks the required parts.
   *
   * @param id the portal's id
   * @param name full name
   * @param birthDate date of birth, if known
   * @param gender gender, if stated
   * @param contacts e-mail, mobile phone and SNILS as the profile holds them, valid or not
   */
  public Citizen {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(contacts, "contacts");
  }

  /**
   * The date of birth, if known.
   *
   * @return the date of birth, if known
   */
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

  /**
   * Starts a citizen as the portal's profile reads: the id and the name, then whatever else the
   * profile holds.
   *
   * <pre>{@code
   * Citizen vasilisa = Citizen.builder(CitizenId.of("citizen-1"), PersonName.of("Иванченко", "Василиса", "Владимировна"))
   *     .email("mail@yandex.ru").mobilePhone("+7 926 123-45-67").build();
   * }</pre>
   *
   * @param id the portal's id
   * @param name the full name
   * @return a builder
   */
  public static Builder builder(CitizenId id, PersonName name) {
    return new Builder(id, name);
  }

  /** Builds a {@link Citizen}; each setter is optional. Not thread-safe. */
  public static final class Builder {
    private final CitizenId id;
    private final PersonName name;
    private @Nullable LocalDate birthDate;
    private @Nullable Gender gender;
    private Contacts contacts = Contacts.none();

    private Builder(CitizenId id, PersonName name) {
      this.id = checkNotNull(id, "id");
      this.name = checkNotNull(name, "name");
    }

    /**
     * The date of birth.
     *
     * @param date the date
     * @return this builder
     */
    public Builder bornOn(LocalDate date) {
      this.birthDate = checkNotNull(date, "date");
      return this;
    }

    /**
     * The gender.
     *
     * @param value the gender
     * @return this builder
     */
    public Builder gender(Gender value) {
      this.gender = checkNotNull(value, "value");
      return this;
    }

    /**
     * The e-mail as written in the profile.
     *
     * @param email the e-mail
     * @return this builder
     */
    public Builder email(String email) {
      this.contacts = contacts.withEmail(email);
      return this;
    }

    /**
     * The mobile phone as written in the profile.
     *
     * @param mobilePhone the phone
     * @return this builder
     */
    public Builder mobilePhone(String mobilePhone) {
      this.contacts = contacts.withMobilePhone(mobilePhone);
      return this;
    }

    /**
     * The SNILS as written in the profile.
     *
     * @param snils the SNILS
     * @return this builder
     */
    public Builder snils(String snils) {
      this.contacts = contacts.withSnils(snils);
      return this;
    }

    /**
     * The citizen.
     *
     * @return the citizen
     */
    public Citizen build() {
      return new Citizen(id, name, birthDate, gender, contacts);
    }
  }
}
