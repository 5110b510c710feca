package org.diaryaccess.core.grant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.support.Change;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/**
 * R10 and R12, housekeeping's part: live grants whose basis is gone — the child left or came of
 * age, the end date passed, the grantor is no longer a legal representative — are terminated
 * with the reason; both parties are told and the diary system is asked to close access.
 * Decisions never wait for this: they apply {@link GrantValidity} themselves, and reads show such a
 * grant as ended already ({@link GrantStanding}).
 *
 * @since 0.1.0
 */
public final class GrantSweep {
  /** Grants read per page. */
  static final int BATCH = 200;

  private final Commands commands;
  private final UnitOfWork unitOfWork;
  private final Grants grants;
  private final GrantStanding standing;
  private final Clock clock;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param commands how each termination is committed
   * @param unitOfWork where pages are read
   * @param grants the live grants
   * @param standing R10, with what it reads
   * @param clock when is now
   * @param settings the zone
   */
  @SuppressWarnings("exports") // only DiaryAccess wires it; Commands stays inside the module
  public GrantSweep(Commands commands, UnitOfWork unitOfWork, Grants grants, GrantStanding standing, Clock clock,
      AccessSettings settings) {
    this.commands = checkNotNull(commands, "commands");
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.grants = checkNotNull(grants, "grants");
    this.standing = checkNotNull(standing, "standing");
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
      Set<GrantId> lapsed = unitOfWork.read(() -> standing.lapsed(page.items(), today)).keySet();
      for (GrantId candidate : lapsed) {
        if (commands.sweep(AuditAction.TERMINATE, now -> terminateIfStale(candidate, now)).isPresent()) {
          count++;
        }
      }
      if (page.next().isEmpty()) {
        return count;
      }
      after = page.next().get();
    }
  }

  /** Re-reads and re-checks the grant: the school or another instance may have acted meanwhile. */
  private Optional<Change<Grant>> terminateIfStale(GrantId id, Instant now) {
    Grant grant = grants.findById(id).orElse(null);
    if (grant == null) {
      return Optional.empty();
    }
    TerminationReason reason = standing.lapsed(List.of(grant), settings.dayOf(now)).get(id);
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
