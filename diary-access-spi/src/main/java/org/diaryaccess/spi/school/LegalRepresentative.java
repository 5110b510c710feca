package org.diaryaccess.spi.school;

import static com.google.common.base.Preconditions.checkNotNull;

import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.people.PersonName;

/**
 * A legal representative as the school lists them in a pupil record, with the contacts the
 * school was given. A citizen whose profile matches these contacts (R3) is this representative.
 *
 * @param kind mother, father, guardian...
 * @param name the name the school holds
 * @param contacts the contacts the school holds
 * @since 0.1.0
 */
public record LegalRepresentative(RepresentativeKind kind, PersonName name, Contacts contacts) {
  /**
   * Checks every part is present.
   *
   * @param kind mother, father, guardian...
   * @param name the name the school holds
   * @param contacts the contacts the school holds
   */
  public LegalRepresentative {
    checkNotNull(kind, "kind");
    checkNotNull(name, "name");
    checkNotNull(contacts, "contacts");
  }
}
