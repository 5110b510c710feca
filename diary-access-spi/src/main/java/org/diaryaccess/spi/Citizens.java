package org.diaryaccess.spi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;

/**
 * The portal's registry of people and their profiles. The library only reads it; the host writes
 * it through {@link #save} when a citizen registers or edits the profile, and through
 * {@link #saveAll} when it loads or re-syncs the registry in bulk.
 *
 * @since 0.1.0
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

  /**
   * Registers a citizen or replaces their profile, in the current unit of work or one of its own.
   * Decisions read the new profile from the next call on (R4, R5).
   *
   * @param citizen the citizen as the portal now holds them
   */
  void save(Citizen citizen);

  /**
   * Registers or replaces many citizens in one unit of work: how a host loads or re-syncs a
   * registry. By default one {@link #save} each; a store should batch.
   *
   * @param citizens the citizens, at most one per id
   * @throws IllegalArgumentException if two share an id
   */
  default void saveAll(Collection<Citizen> citizens) {
    List<Citizen> batch = List.copyOf(citizens);
    if (batch.stream().map(Citizen::id).distinct().count() != batch.size()) {
      throw new IllegalArgumentException("a batch holds at most one citizen per id");
    }
    batch.forEach(this::save);
  }
}
