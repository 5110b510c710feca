package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.diaryaccess.adapters.inmemory.Indexes.index;
import static org.diaryaccess.adapters.inmemory.Indexes.unindex;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;
import org.jspecify.annotations.Nullable;

/** The portal's registry in memory: the library reads it, the host saves profiles into it. */
public final class InMemoryCitizens implements Citizens {
  private final InMemoryUnitOfWork unitOfWork;
  // What a decision reads without the lock: a concurrent map of immutable values.
  private final Map<CitizenId, Citizen> citizens = new ConcurrentHashMap<>();
  private final Map<ContactValue, Set<CitizenId>> citizensByContact = new HashMap<>();

  InMemoryCitizens(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** The citizen, read without the lock (for {@link InMemoryAccessFacts}). */
  @Nullable Citizen unlocked(CitizenId id) {
    return citizens.get(id);
  }

  @Override
  public Optional<Citizen> findById(CitizenId id) {
    return unitOfWork.read(() -> Optional.ofNullable(citizens.get(id)));
  }

  @Override
  public List<Citizen> findByContact(ContactValue value) {
    return unitOfWork.read(() -> citizensByContact.getOrDefault(value, Set.of()).stream().map(citizens::get).toList());
  }

  /**
   * Registers or replaces many citizens in one unit of work.
   *
   * @param citizens the citizens as the portal now holds them
   */
  @Override
  public void saveAll(Collection<Citizen> citizens) {
    checkNotNull(citizens, "citizens");
    checkArgument(citizens.stream().map(Citizen::id).distinct().count() == citizens.size(),
        "a batch holds at most one citizen per id");
    unitOfWork.write(() -> {
      citizens.forEach(this::save);
      return null;
    });
  }

  /**
   * Registers a citizen or replaces their profile.
   *
   * @param citizen the citizen as the portal now holds them
   */
  @Override
  public void save(Citizen citizen) {
    checkNotNull(citizen, "citizen");
    unitOfWork.write(() -> {
      Citizen previous = citizens.get(citizen.id());
      unitOfWork.mutate(() -> putCitizen(citizen), () -> {
        removeCitizen(citizen.id());
        if (previous != null) {
          putCitizen(previous);
        }
      });
      return null;
    });
  }

  private void putCitizen(Citizen citizen) {
    removeCitizen(citizen.id());
    citizens.put(citizen.id(), citizen);
    citizen.contacts().values().forEach(v -> index(citizensByContact, v, citizen.id()));
  }

  private void removeCitizen(CitizenId id) {
    Citizen old = citizens.remove(id);
    if (old != null) {
      old.contacts().values().forEach(v -> unindex(citizensByContact, v, id));
    }
  }

  /**
   * How many citizens are registered.
   *
   * @return how many citizens are registered
   */
  public int size() {
    return unitOfWork.read(citizens::size);
  }
}
