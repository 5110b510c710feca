package org.diaryaccess.core.grant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.support.AuditSubject;
import org.diaryaccess.core.support.Change;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.delivery.ProvisioningRequest;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/**
 * R9: a grant opens in the host's diary system within a day. The outbox carries the requests to
 * open and close access; the diary system confirms at once or later ({@link #confirm}), and then
 * the trusted person and the representative who invited her are told that access is open; grants
 * still provisioning past their deadline are listed for the host to alert on.
 *
 * @since 0.1.0
 */
public final class Provisioning {
  private final Commands commands;
  private final UnitOfWork unitOfWork;
  private final Grants grants;
  private final DiaryProvisioning diarySystem;
  private final GrantStanding standing;
  private final Clock clock;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param commands how an activation is committed
   * @param unitOfWork where grants are read
   * @param grants the grants
   * @param diarySystem the host's diary system
   * @param standing R10, so that a grant whose basis is gone is not listed as overdue
   * @param clock when is now
   * @param settings the zone
   */
  @SuppressWarnings("exports") // only DiaryAccess wires it; Commands stays inside the module
  public Provisioning(Commands commands, UnitOfWork unitOfWork, Grants grants, DiaryProvisioning diarySystem,
      GrantStanding standing, Clock clock, AccessSettings settings) {
    this.commands = checkNotNull(commands, "commands");
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.grants = checkNotNull(grants, "grants");
    this.diarySystem = checkNotNull(diarySystem, "diarySystem");
    this.standing = checkNotNull(standing, "standing");
    this.clock = checkNotNull(clock, "clock");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * The host's diary system confirms it opened access; the grant becomes active. Confirming an
   * already active grant changes nothing.
   *
   * @param id the grant
   * @return the active grant
   */
  public Grant confirm(GrantId id) {
    return commands.run(null, AuditAction.ACTIVATE, AuditSubject.grant(id), now -> {
      Grant grant = grants.findById(id).orElseThrow(() -> RefusedException.because(ReasonCode.GRANT_UNKNOWN));
      if (grant.state() == GrantState.ACTIVE) {
        return Change.none(grant);
      }
      return activated(grant, now);
    });
  }

  /**
   * Hands one outbox request to the diary system: open or close a grant's access. An opening the
   * diary system confirms at once activates the grant.
   *
   * @param message a {@link Topic#PROVISION_OPEN} or {@link Topic#PROVISION_CLOSE} message
   * @return whether a grant was activated
   * @throws RuntimeException whatever the diary system throws; the outbox tries again later
   */
  public boolean deliver(OutboxMessage message) {
    Grant grant = unitOfWork.read(() -> grants.findById(checkNotNull(message.grant(), "grant"))).orElse(null);
    if (grant == null) {
      return false;
    }
    ProvisioningRequest request = new ProvisioningRequest(message.id(), grant.id(), grant.trustee(), grant.pupil(),
        grant.sections(), grant.endDate());
    if (message.topic() == Topic.PROVISION_CLOSE) {
      diarySystem.close(request);
      return false;
    }
    if (grant.state() != GrantState.PROVISIONING || diarySystem.open(request) != ProvisioningStatus.CONFIRMED) {
      return false;
    }
    return commands.sweep(AuditAction.ACTIVATE, now -> grants.findById(grant.id())
        .filter(current -> current.state() == GrantState.PROVISIONING)
        .map(current -> activated(current, now))).isPresent();
  }

  /** Opened: the trusted person and the representative who invited her are told. */
  private static Change<Grant> activated(Grant grant, Instant now) {
    Grant active = grant.activate(now);
    return Change.of(active, active.trustee())
        .notifying(Topic.ACCESS_OPENED, active.trustee())
        .notifying(Topic.ACCESS_OPENED, active.grantor());
  }

  /**
   * Grants still provisioning past their deadline, for the host to alert on. A grant whose basis
   * is gone reads as ended, not overdue, so a page may hold fewer than asked while a cursor says
   * more follow.
   *
   * @param page which page
   * @return the page, in id order
   */
  public Page<Grant> overdue(PageRequest page) {
    return unitOfWork.read(() -> {
      Instant now = clock.instant();
      Page<Grant> stored = grants.provisioningOverdue(now, page);
      Set<GrantId> lapsed = standing.lapsed(stored.items(), settings.dayOf(now)).keySet();
      return new Page<>(stored.items().stream().filter(grant -> !lapsed.contains(grant.id())).toList(),
          stored.nextCursor());
    });
  }

  /**
   * How many grants are still provisioning past their deadline.
   *
   * @return the count
   */
  public int countOverdue() {
    return unitOfWork.read(() -> grants.countProvisioningOverdue(clock.instant()));
  }
}
