package org.diaryaccess.adapters.inmemory;

import com.google.common.collect.ImmutableList;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diaryaccess.spi.AccessFacts;
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

  /** Read optimistically, kept if no unit of work wrote meanwhile; otherwise read under the lock. */
  @Override
  public Facts load(CitizenId citizenId, PupilRecordId pupilId) {
    long before = unitOfWork.writes();
    if ((before & 1L) == 0) {
      Facts facts = facts(citizenId, pupilId);
      // The reads above happen before the check below (as in StampedLock.validate).
      VarHandle.acquireFence();
      if (unitOfWork.writes() == before) {
        return facts;
      }
    }
    return unitOfWork.read(() -> facts(citizenId, pupilId));
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

  @Override
  public CitizenFacts forCitizen(CitizenId citizen, Set<ContactField> keys) {
    return unitOfWork.read(() -> composed.forCitizen(citizen, keys));
  }

  @Override
  public PupilFacts forPupil(PupilRecordId pupil, Set<ContactField> keys) {
    return unitOfWork.read(() -> composed.forPupil(pupil, keys));
  }
}
