package org.diaryaccess.spi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;

/**
 * The portal's registry of people and their profiles. The library only reads it; the host (or
 * the shipped adapter's own methods) writes it when a citizen registers or edits the profile.
 */
public interface Citizens {

  /**
   * A citizen by id.
   *
   * @param id the portal's id
   * @return the citizen, or empty if unknown
   */
  Optional<Citizen> findById(CitizenId id);

  /**
   * Everyone whose profile holds this contact, valid and equal after normalisation. Used to find
   * an invitee (by phone or SNILS) and everyone who can see a child.
   *
   * @param value a normalised e-mail, mobile phone or SNILS
   * @return the citizens, in id order; usually one or none
   */
  List<Citizen> findByContact(ContactValue value);

  /**
   * Citizens by id, for a sweep that checks many at once. By default one {@link #findById} each;
   * a store should answer in as few round trips as it can.
   *
   * @param ids the ids
   * @return the citizens found (unknown ids are skipped), in no particular order
   */
  default List<Citizen> findAllById(Collection<CitizenId> ids) {
    return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
  }
}
