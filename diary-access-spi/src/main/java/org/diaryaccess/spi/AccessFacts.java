package org.diaryaccess.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/**
 * Everything access decisions read, fetched together: one decision on every diary page view, and
 * the decisions behind the two lists (a citizen's diaries, a child's viewers). A store should
 * answer each in as few round trips as it can (the JDBC adapter: one query each). The default,
 * {@link #composedOf}, asks the separate ports.
 *
 * @since 0.1.0
 */
public interface AccessFacts {

  /**
   * The facts for a decision.
   *
   * @param citizen who asks
   * @param pupil whose diary
   * @return the citizen; if the citizen exists, the record and the citizen's live grants for it
   *     with their grantors
   */
  Facts load(CitizenId citizen, PupilRecordId pupil);

  /**
   * What one decision reads, and only that: the narrow facts of {@link DecisionFacts}. A store
   * should read them in one query of the few columns they hold (the JDBC adapter does); by
   * default they are {@linkplain DecisionFacts#of(Facts) narrowed} from {@link #load}. Consistent
   * as {@code load} is ({@link #loadIsAtomic}).
   *
   * @param citizen who asks
   * @param pupil whose diary
   * @return the asker's contacts; if the citizen exists, the record's enrolment and the terms of
   *     the citizen's live grants for it with their grantors' contacts
   * @since 0.3.0
   */
  default DecisionFacts decisionFacts(CitizenId citizen, PupilRecordId pupil) {
    return DecisionFacts.of(load(citizen, pupil));
  }

  /**
   * Whether {@link #load} and {@link #decisionFacts} each read one consistent state on their own,
   * inside a unit of work or not — a single query, or a read validated against concurrent writes.
   * The library then calls them without opening a unit of work, which spares a decision the
   * store's read lock or connection bookkeeping. By default {@code false}: they are called inside
   * a reading unit of work.
   *
   * @return whether {@code load} and {@code decisionFacts} need no enclosing unit of work to be
   *     consistent
   * @since 0.2.0
   */
  default boolean loadIsAtomic() {
    return false;
  }

  /**
   * The facts for deciding every diary a citizen might see: the records holding one of the
   * citizen's valid contacts in the key fields — the match policy names them, and matches no
   * entry that shares none — and the records of the citizen's live grants.
   *
   * @param citizen who
   * @param keys the contact fields candidates are found by
   * @return the citizen (or {@code null} if unknown) and one {@link Facts} per candidate record
   */
  CitizenFacts forCitizen(CitizenId citizen, Set<ContactField> keys);

  /**
   * The facts for deciding everyone who might see a child's diary: the citizens holding one of
   * the record's valid contacts (the child's own or a representative's) in the key fields, and
   * the trustees of the child's live grants.
   *
   * @param pupil the child
   * @param keys the contact fields candidates are found by
   * @return the record (or {@code null} if unknown) and one {@link Facts} per candidate citizen
   */
  PupilFacts forPupil(PupilRecordId pupil, Set<ContactField> keys);

  /**
   * The facts for a citizen's home page.
   *
   * @param citizen the citizen, or {@code null} if unknown
   * @param candidates one entry per record the citizen might see, in record-id order
   */
  record CitizenFacts(@Nullable Citizen citizen, List<Facts> candidates) {
    /**
     * Copies the list.
     *
     * @param citizen the citizen, or {@code null} if unknown
     * @param candidates one entry per record the citizen might see, in record-id order
     */
    public CitizenFacts {
      candidates = ImmutableList.copyOf(candidates);
    }
  }

  /**
   * The facts for a child's viewers.
   *
   * @param record the record, or {@code null} if unknown
   * @param candidates one entry per citizen who might see it, in citizen-id order
   */
  record PupilFacts(@Nullable PupilRecord record, List<Facts> candidates) {
    /**
     * Copies the list.
     *
     * @param record the record, or {@code null} if unknown
     * @param candidates one entry per citizen who might see it, in citizen-id order
     */
    public PupilFacts {
      candidates = ImmutableList.copyOf(candidates);
    }
  }

  /**
   * What a decision reads.
   *
   * @param citizen the citizen, or {@code null} if unknown (then nothing else need be loaded)
   * @param record the pupil record, or {@code null} if unknown
   * @param liveGrants the citizen's live grants for the pupil
   * @param grantors the citizens who granted them, by id (an unknown grantor is absent)
   */
  record Facts(@Nullable Citizen citizen, @Nullable PupilRecord record, List<Grant> liveGrants,
      Map<CitizenId, Citizen> grantors) {
    /**
     * Copies the collections.
     *
     * @param citizen the citizen, or {@code null} if unknown (then nothing else need be loaded)
     * @param record the pupil record, or {@code null} if unknown
     * @param liveGrants the citizen's live grants for the pupil
     * @param grantors the citizens who granted them, by id (an unknown grantor is absent)
     */
    public Facts {
      liveGrants = ImmutableList.copyOf(liveGrants);
      grantors = ImmutableMap.copyOf(grantors);
    }

    /**
     * The facts when the citizen is unknown: nothing else is read.
     *
     * @return facts with no citizen
     */
    public static Facts unknownCitizen() {
      return new Facts(null, null, List.of(), Map.of());
    }

    /**
     * The citizen, if known.
     *
     * @return the citizen, if known
     */
    public Optional<Citizen> knownCitizen() {
      return Optional.ofNullable(citizen);
    }
  }

  /**
   * Facts read through the separate ports: one call each for the citizen, the record, the live
   * grants and each grantor.
   *
   * @param citizens the registry
   * @param register the school register
   * @param grants the grants
   * @return the composed reader
   */
  static AccessFacts composedOf(Citizens citizens, SchoolRegister register, Grants grants) {
    checkNotNull(citizens, "citizens");
    checkNotNull(register, "register");
    checkNotNull(grants, "grants");
    return new AccessFacts() {
      @Override
      public Facts load(CitizenId citizenId, PupilRecordId pupilId) {
        Citizen citizen = citizens.findById(citizenId).orElse(null);
        if (citizen == null) {
          return Facts.unknownCitizen();
        }
        return facts(citizen, register.findById(pupilId).orElse(null));
      }

      @Override
      public CitizenFacts forCitizen(CitizenId citizenId, Set<ContactField> keys) {
        Citizen citizen = citizens.findById(citizenId).orElse(null);
        if (citizen == null) {
          return new CitizenFacts(null, List.of());
        }
        TreeMap<PupilRecordId, PupilRecord> records = new TreeMap<>();
        for (ContactField key : keys) {
          citizen.contacts().value(key).ifPresent(
              value -> register.findByContact(value).forEach(r -> records.put(r.id(), r)));
        }
        for (Grant grant : grants.liveForTrustee(citizenId)) {
          if (!records.containsKey(grant.pupil())) {
            register.findById(grant.pupil()).ifPresent(r -> records.put(r.id(), r));
          }
        }
        return new CitizenFacts(citizen, records.values().stream().map(r -> facts(citizen, r)).toList());
      }

      @Override
      public PupilFacts forPupil(PupilRecordId pupilId, Set<ContactField> keys) {
        PupilRecord record = register.findById(pupilId).orElse(null);
        if (record == null) {
          return new PupilFacts(null, List.of());
        }
        TreeMap<CitizenId, Citizen> people = new TreeMap<>();
        List<Contacts> entries = new ArrayList<>();
        entries.add(record.contacts());
        record.representatives().forEach(r -> entries.add(r.contacts()));
        for (Contacts entry : entries) {
          for (ContactField key : keys) {
            entry.value(key).ifPresent(value -> citizens.findByContact(value).forEach(c -> people.put(c.id(), c)));
          }
        }
        for (Grant grant : grants.liveForPupil(pupilId)) {
          if (!people.containsKey(grant.trustee())) {
            citizens.findById(grant.trustee()).ifPresent(c -> people.put(c.id(), c));
          }
        }
        return new PupilFacts(record, people.values().stream().map(c -> facts(c, record)).toList());
      }

      private Facts facts(Citizen citizen, @Nullable PupilRecord record) {
        List<Grant> live = record == null ? List.of() : grants.liveFor(citizen.id(), record.id());
        ImmutableMap.Builder<CitizenId, Citizen> grantors = ImmutableMap.builder();
        live.stream().map(Grant::grantor).distinct()
            .forEach(id -> citizens.findById(id).ifPresent(g -> grantors.put(id, g)));
        return new Facts(citizen, record, live, grantors.buildOrThrow());
      }
    };
  }
}
