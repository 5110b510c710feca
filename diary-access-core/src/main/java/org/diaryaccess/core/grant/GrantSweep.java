package org.diaryaccess.core.grant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.support.Change;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;

/**
 * R10 and R12, housekeeping's part: live grants whose basis is gone — the child left or came of
 * age, the end date passed, the grantor is no longer a legal representative — are terminated
 * with the reason; both parties are told and the diary system is asked to close access.
 * Decisions never wait for this: they apply {@link GrantValidity} themselves.
 */
public final class GrantSweep {
  /** Grants read per page. */
  static final int BATCH = 200;

  private final Commands commands;
  private final UnitOfWork unitOfWork;
  private final Grants grants;
  private final Citizens citizens;
  private final SchoolRegister register;
  private final GrantValidity validity;
  private final Clock clock;
  private final AccessSettings settings;

  /**
   * @param commands how each termination is committed
   * @param unitOfWork where pages are read
   * @param grants the live grants
   * @param citizens their grantors
   * @param register their children's records
   * @param validity R10
   * @param clock when is now
   * @param settings the zone
   */
  public GrantSweep(Commands commands, UnitOfWork unitOfWork, Grants grants, Citizens citizens,
      SchoolRegister register, GrantValidity validity, Clock clock, AccessSettings settings) {
    this.commands = checkNotNull(commands, "commands");
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.grants = checkNotNull(grants, "grants");
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.validity = checkNotNull(validity, "validity");
    this.clock = checkNotNull(clock, "clock");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * Terminates every live grant whose basis is gone.
   *
   * @return how many were terminated
   */
  public int terminateStale() {
    int count = 0;
    String after = null;
    while (true) {
      PageRequest request = new PageRequest(after, BATCH);
      LocalDate today = settings.dayOf(clock.instant());
      // Most live grants are sound: find the stale ones in one reading unit of work per page, and
      // pay for a writing one (which re-reads and re-checks) only for those.
      Page<Grant> page = unitOfWork.read(() -> grants.live(request));
      List<Grant> stale = unitOfWork.read(() -> staleAmong(page.items(), today));
      for (Grant candidate : stale) {
        if (commands.sweep(AuditAction.TERMINATE, now -> terminateIfStale(candidate.id(), now)).isPresent()) {
          count++;
        }
      }
      if (page.next().isEmpty()) {
        return count;
      }
      after = page.next().get();
    }
  }

  /** The grants whose basis is gone, with their records and grantors read in one go. */
  private List<Grant> staleAmong(List<Grant> page, LocalDate today) {
    Map<PupilRecordId, PupilRecord> records = new HashMap<>();
    register.findAllById(page.stream().map(Grant::pupil).toList()).forEach(r -> records.put(r.id(), r));
    Map<CitizenId, Citizen> grantors = new HashMap<>();
    citizens.findAllById(page.stream().map(Grant::grantor).toList()).forEach(c -> grantors.put(c.id(), c));
    return page.stream()
        .filter(grant -> validity.staleness(grant, records.get(grant.pupil()), grantors.get(grant.grantor()), today)
            != null)
        .toList();
  }

  /** Re-reads and re-checks the grant: the school or another instance may have acted meanwhile. */
  private Optional<Change<Grant>> terminateIfStale(GrantId id, Instant now) {
    Grant grant = grants.findById(id).orElse(null);
    if (grant == null || !grant.isLive()) {
      return Optional.empty();
    }
    PupilRecord record = register.findById(grant.pupil()).orElse(null);
    Citizen grantor = citizens.findById(grant.grantor()).orElse(null);
    TerminationReason reason = validity.staleness(grant, record, grantor, settings.dayOf(now));
    if (reason == null) {
      return Optional.empty();
    }
    Grant ended = grant.terminate(reason, now);
    return Optional.of(Change.of(ended, ended.trustee())
        .because(GrantValidity.reasonCode(reason))
        .askingDiarySystem(Topic.PROVISION_CLOSE, ended)
        .notifying(Topic.ACCESS_ENDED, ended.trustee())
        .notifying(Topic.ACCESS_ENDED, ended.grantor()));
  }
}
