package org.diaryaccess.adapters.inmemory;

import com.google.common.collect.ImmutableList;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.DecisionFacts;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;

/**
 * A decision's facts in one read of the maps, with no stream and no lock: this is the path of
 * every diary page view. The two lists read through the ports, under one read lock.
 */
final class InMemoryAccessFacts implements AccessFacts {
  private final InMemoryUnitOfWork unitOfWork;
  private final InMemoryCitizens citizens;
  private final InMemorySchoolRegister register;
  private final InMemoryGrants grants;
  private final AccessFacts composed;

  InMemoryAccessFacts(InMemoryUnitOfWork unitOfWork, InMemoryCitizens citizens, InMemorySchoolRegister register,
      InMemoryGrants grants) {
    this.unitOfWork = unitOfWork;
    this.citizens = citizens;
    this.register = register;
    this.grants = grants;
    this.composed = AccessFacts.composedOf(citizens, register, grants);
  }

  @Override
  public Facts load(CitizenId citizenId, PupilRecordId pupilId) {
    return optimistically(() -> facts(citizenId, pupilId));
  }

  @Override
  public DecisionFacts decisionFacts(CitizenId citizenId, PupilRecordId pupilId) {
    return optimistically(() -> decisive(citizenId, pupilId));
  }

  /** Read optimistically, kept if no unit of work wrote meanwhile; otherwise read under the lock. */
  private <T> T optimistically(Supplier<T> read) {
    long before = unitOfWork.writes();
    if ((before & 1L) == 0) {
      T facts = read.get();
      // The reads above happen before the check below (as in StampedLock.validate).
      VarHandle.acquireFence();
      if (unitOfWork.writes() == before) {
        return facts;
      }
    }
    return unitOfWork.read(read);
  }

  @Override
  public boolean loadIsAtomic() {
    return true;
  }

  private Facts facts(CitizenId citizenId, PupilRecordId pupilId) {
    Citizen citizen = citizens.unlocked(citizenId);
    if (citizen == null) {
      return Facts.unknownCitizen();
    }
    PupilRecord record = register.unlocked(pupilId);
    ImmutableList<Grant> held = grants.liveUnlocked(citizenId);
    if (held == null) {
      return new Facts(citizen, record, List.of(), Map.of());
    }
    List<Grant> live = new ArrayList<>(held.size());
    Map<CitizenId, Citizen> grantors = new HashMap<>();
    for (Grant grant : held) {
      if (grant.pupil().equals(pupilId)) {
        live.add(grant);
        Citizen grantor = citizens.unlocked(grant.grantor());
        if (grantor != null) {
          grantors.put(grantor.id(), grantor);
        }
      }
    }
    return new Facts(citizen, record, live, grantors);
  }

  /** What a decision reads, straight from the maps: no list of grants, no map of grantors. */
  private DecisionFacts decisive(CitizenId citizenId, PupilRecordId pupilId) {
    Citizen citizen = citizens.unlocked(citizenId);
    if (citizen == null) {
      return DecisionFacts.unknownCitizen();
    }
    DecisionFacts.Enrolment enrolment = register.enrolmentUnlocked(pupilId);
    ImmutableList<Grant> held = grants.liveUnlocked(citizenId);
    if (held == null) {
      return new DecisionFacts(citizen.contacts(), enrolment, List.of());
    }
    List<DecisionFacts.Terms> live = new ArrayList<>(1);
    for (Grant grant : held) {
      if (grant.pupil().equals(pupilId)) {
        Citizen grantor = citizens.unlocked(grant.grantor());
        live.add(DecisionFacts.Terms.of(grant, grantor == null ? null : grantor.contacts()));
      }
    }
    return new DecisionFacts(citizen.contacts(), enrolment, live);
  }

  @Override
  public CitizenFacts forCitizen(CitizenId citizen, Set<ContactField> keys) {
    return unitOfWork.read(() -> composed.forCitizen(citizen, keys));
  }

  @Override
  public PupilFacts forPupil(PupilRecordId pupil, Set<ContactField> keys) {
    return unitOfWork.read(() -> composed.forPupil(pupil, keys));
  }
}
