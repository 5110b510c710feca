package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.diaryaccess.adapters.inmemory.Indexes.index;
import static org.diaryaccess.adapters.inmemory.Indexes.unindex;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.diaryaccess.spi.DecisionFacts;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/** The school register in memory, indexed by every valid contact of every entry. */
public final class InMemorySchoolRegister implements SchoolRegister {
  private final InMemoryUnitOfWork unitOfWork;
  // What a decision reads without the lock: a concurrent map of immutable values.
  private final Map<PupilRecordId, PupilRecord> records = new ConcurrentHashMap<>();
  // What of each record a decision reads, made when the record is written.
  private final Map<PupilRecordId, DecisionFacts.Enrolment> enrolments = new ConcurrentHashMap<>();
  private final Map<ContactValue, Set<PupilRecordId>> recordsByContact = new HashMap<>();

  InMemorySchoolRegister(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** The record, read without the lock (for {@link InMemoryAccessFacts}). */
  @Nullable PupilRecord unlocked(PupilRecordId id) {
    return records.get(id);
  }

  /** What a decision reads of the record, without the lock (for {@link InMemoryAccessFacts}). */
  DecisionFacts.@Nullable Enrolment enrolmentUnlocked(PupilRecordId id) {
    return enrolments.get(id);
  }

  @Override
  public Optional<PupilRecord> findById(PupilRecordId id) {
    return unitOfWork.read(() -> Optional.ofNullable(records.get(id)));
  }

  @Override
  public List<PupilRecord> findByContact(ContactValue value) {
    return unitOfWork.read(() -> recordsByContact.getOrDefault(value, Set.of()).stream().map(records::get).toList());
  }

  @Override
  public void upsert(Collection<PupilRecord> batch) {
    checkNotNull(batch, "records");
    List<PupilRecord> copy = ImmutableList.copyOf(batch);
    checkArgument(copy.stream().map(PupilRecord::id).distinct().count() == copy.size(),
        "a batch holds at most one record per id");
    unitOfWork.write(() -> {
      for (PupilRecord record : copy) {
        PupilRecord previous = records.get(record.id());
        if (record.sameAsWritten(previous)) {
          // The night's import re-sends the whole register; only what changed is re-indexed.
          continue;
        }
        unitOfWork.mutate(() -> putRecord(record), () -> {
          removeRecord(record.id());
          if (previous != null) {
            putRecord(previous);
          }
        });
      }
      return null;
    });
  }

  private void putRecord(PupilRecord record) {
    removeRecord(record.id());
    records.put(record.id(), record);
    enrolments.put(record.id(), DecisionFacts.Enrolment.of(record));
    contactsOf(record).forEach(c -> c.values().forEach(v -> index(recordsByContact, v, record.id())));
  }

  private void removeRecord(PupilRecordId id) {
    PupilRecord old = records.remove(id);
    enrolments.remove(id);
    if (old != null) {
      contactsOf(old).forEach(c -> c.values().forEach(v -> unindex(recordsByContact, v, id)));
    }
  }

  private List<Contacts> contactsOf(PupilRecord record) {
    List<Contacts> all = new ArrayList<>();
    all.add(record.contacts());
    record.representatives().stream().map(LegalRepresentative::contacts).forEach(all::add);
    return all;
  }

  /**
   * How many records are held.
   *
   * @return how many records are held
   */
  public int size() {
    return unitOfWork.read(records::size);
  }
}
