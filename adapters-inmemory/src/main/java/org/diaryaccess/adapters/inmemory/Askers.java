package org.diaryaccess.adapters.inmemory;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;
import org.jspecify.annotations.Nullable;

/**
 * What a decision reads of the one who asks, in one entry per citizen id: the profile, if the
 * citizen is registered, and the grants live for them as trustee. A decision finds both with one
 * look-up in a map of every citizen (it took one in the citizens' map and another in the live
 * grants'). {@link InMemoryCitizens} writes the profiles and {@link InMemoryGrants} the live
 * grants, each under the unit of work's write lock; an entry is replaced, never changed, so that
 * a decision reads it without the lock.
 */
final class Askers {
  /**
   * One citizen id's entry.
   *
   * @param citizen the profile, or {@code null} if the citizen is not registered (a grant may name
   *     a trustee the registry does not hold)
   * @param contacts the profile's contacts, held here too so that a decision reaches them from the
   *     entry directly, as it reached them from the profile
   * @param live the grants live for them as trustee, in grant-id order
   */
  record Asker(@Nullable Citizen citizen, @Nullable Contacts contacts, ImmutableList<Grant> live) {
    Asker(@Nullable Citizen citizen, ImmutableList<Grant> live) {
      this(citizen, citizen == null ? null : citizen.contacts(), live);
    }
  }

  private final Map<CitizenId, Asker> entries = new ConcurrentHashMap<>();
  /** Entries holding a profile. Written under the write lock, read under a lock. */
  private int registered;

  /** The entry of an id, read without the lock. */
  @Nullable Asker get(CitizenId id) {
    return entries.get(id);
  }

  /** The profile of an id, or {@code null}. */
  @Nullable Citizen citizen(CitizenId id) {
    Asker asker = entries.get(id);
    return asker == null ? null : asker.citizen();
  }

  /** The grants live for an id as trustee, in grant-id order; empty if none. */
  ImmutableList<Grant> live(CitizenId id) {
    Asker asker = entries.get(id);
    return asker == null ? ImmutableList.of() : asker.live();
  }

  /** How many citizens are registered. */
  int registered() {
    return registered;
  }

  /** Registers a profile, or replaces it; the live grants stay. */
  void register(Citizen citizen) {
    entries.compute(citizen.id(), (id, held) -> {
      if (held == null || held.citizen() == null) {
        registered++;
      }
      return new Asker(citizen, held == null ? ImmutableList.of() : held.live());
    });
  }

  /** Takes a profile out; the live grants stay. */
  void unregister(CitizenId id) {
    entries.computeIfPresent(id, (key, held) -> {
      if (held.citizen() != null) {
        registered--;
      }
      return held.live().isEmpty() ? null : new Asker(null, held.live());
    });
  }

  /** Adds a live grant to its trustee's. */
  void addLive(Grant grant) {
    entries.compute(grant.trustee(), (id, held) -> held == null
        ? new Asker(null, ImmutableList.of(grant))
        : new Asker(held.citizen(), InMemoryGrants.inIdOrder(held.live(), List.of(grant))));
  }

  /** Takes a grant out of its trustee's live ones. */
  void removeLive(Grant grant) {
    entries.computeIfPresent(grant.trustee(), (id, held) -> {
      ImmutableList<Grant> rest = InMemoryGrants.without(held.live(), grant.id());
      if (rest == null) {
        return held.citizen() == null ? null : new Asker(held.citizen(), ImmutableList.of());
      }
      return new Asker(held.citizen(), rest);
    });
  }
}
