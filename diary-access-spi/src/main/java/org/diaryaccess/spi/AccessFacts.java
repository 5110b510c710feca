package org.diaryaccess.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaryaccess.spi.model.Citizen;
import org.diaryaccess.spi.model.CitizenId;
import org.diaryaccess.spi.model.Grant;
import org.diaryaccess.spi.model.PupilRecord;
import org.diaryaccess.spi.model.PupilRecordId;
import org.jspecify.annotations.Nullable;

/**
 * Everything one access decision reads, fetched together: on every diary page view, so a store
 * should answer it in as few round trips as it can (the JDBC adapter: one query). The default,
 * {@link #composedOf}, asks the separate ports.
 */
@FunctionalInterface
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
   * What a decision reads.
   *
   * @param citizen the citizen, or {@code null} if unknown (then nothing else need be loaded)
   * @param record the pupil record, or {@code null} if unknown
   * @param liveGrants the citizen's live grants for the pupil
   * @param grantors the citizens who granted them, by id (an unknown grantor is absent)
   */
  record Facts(@Nullable Citizen citizen, @Nullable PupilRecord record, List<Grant> liveGrants,
      Map<CitizenId, Citizen> grantors) {
    /** Copies the collections. */
    public Facts {
      liveGrants = ImmutableList.copyOf(liveGrants);
      grantors = ImmutableMap.copyOf(grantors);
    }

    /** The citizen, if known. */
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
    return (citizenId, pupilId) -> {
      Citizen citizen = citizens.findById(citizenId).orElse(null);
      if (citizen == null) {
        return new Facts(null, null, List.of(), Map.of());
      }
      PupilRecord record = register.findById(pupilId).orElse(null);
      List<Grant> live = record == null ? List.of() : grants.liveFor(citizenId, pupilId);
      ImmutableMap.Builder<CitizenId, Citizen> grantors = ImmutableMap.builder();
      live.stream().map(Grant::grantor).distinct()
          .forEach(id -> citizens.findById(id).ifPresent(g -> grantors.put(id, g)));
      return new Facts(citizen, record, live, grantors.buildOrThrow());
    };
  }
}
