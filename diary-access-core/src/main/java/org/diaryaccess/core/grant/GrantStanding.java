package org.diaryaccess.core.grant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;

/**
 * R10 applied to grants as they are read: which live grants no longer stand, and why, with the
 * records and grantors they depend on read in one go. The sweep terminates what this finds; every
 * read shows it as ended already.
 *
 * @since 0.1.0
 */
public final class GrantStanding {
  private final Citizens citizens;
  private final SchoolRegister register;
  private final GrantValidity validity;

  /**
   * Creates it with what it uses.
   *
   * @param citizens the grantors
   * @param register the children's records
   * @param validity R10
   */
  public GrantStanding(Citizens citizens, SchoolRegister register, GrantValidity validity) {
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.validity = checkNotNull(validity, "validity");
  }

  /**
   * Why each live grant among these no longer stands; call inside a unit of work.
   *
   * @param grants the grants
   * @param today the day
   * @return the lapsed live grants' reasons, by id, in the order given
   */
  public Map<GrantId, TerminationReason> lapsed(List<Grant> grants, LocalDate today) {
    List<Grant> live = grants.stream().filter(Grant::isLive).toList();
    Map<GrantId, TerminationReason> lapsed = new LinkedHashMap<>();
    if (live.isEmpty()) {
      return lapsed;
    }
    Map<PupilRecordId, PupilRecord> records = new HashMap<>();
    register.findAllById(live.stream().map(Grant::pupil).toList()).forEach(r -> records.put(r.id(), r));
    Map<CitizenId, Citizen> grantors = new HashMap<>();
    citizens.findAllById(live.stream().map(Grant::grantor).toList()).forEach(c -> grantors.put(c.id(), c));
    for (Grant grant : live) {
      TerminationReason reason =
          validity.staleness(grant, records.get(grant.pupil()), grantors.get(grant.grantor()), today);
      if (reason != null) {
        lapsed.put(grant.id(), reason);
      }
    }
    return lapsed;
  }

  /**
   * A grant as it stands at an instant: a live one whose basis is gone reads as terminated with
   * the reason, as a decision would see it and as the sweep will record it; call inside a unit
   * of work.
   *
   * @param grant the grant as stored
   * @param now the instant
   * @param today its day in the settings' zone
   * @return the grant, or its terminated reading
   */
  public Grant asOf(Grant grant, Instant now, LocalDate today) {
    TerminationReason reason = lapsed(List.of(grant), today).get(grant.id());
    return reason == null ? grant : grant.terminate(reason, now);
  }
}
