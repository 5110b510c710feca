package org.diaryaccess.core.housekeeping;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaryaccess.core.audit.AuditChain;
import org.diaryaccess.core.grant.GrantDesk;
import org.diaryaccess.core.grant.GrantValidity;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.core.support.Ports;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.delivery.Notice;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.delivery.ProvisioningRequest;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.delivery.Topic;
import org.jspecify.annotations.Nullable;

/**
 * The work a host schedules («в течение суток»): expire invitations, terminate grants whose basis
 * is gone, deliver the outbox (notices and provisioning requests, with retries and back-off),
 * count grants overdue for provisioning, and seal the audit log's new entries into its chain. Each item is its own unit of work, so one failure does
 * not hold up the rest, and each re-reads its item before changing it, so several instances may
 * run housekeeping at once.
 */
public final class Housekeeping {
  /** Items handled per unit of work batch read. */
  static final int BATCH = 200;
  /** How long a claimed outbox message stays claimed. */
  static final Duration LEASE = Duration.ofMinutes(5);
  /** Back-off after the first failed delivery; doubles each time, up to {@link #MAX_BACKOFF}. */
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
  /** Longest back-off between attempts. */
  static final Duration MAX_BACKOFF = Duration.ofHours(1);

  private final Ports ports;
  private final Commands commands;
  private final GrantDesk grants;
  private final GrantValidity validity;
  private final AuditChain audit;

  /**
   * @param ports what it runs on
   * @param commands how commands run
   * @param grants to activate confirmed grants
   */
  public Housekeeping(Ports ports, Commands commands, GrantDesk grants) {
    this.ports = checkNotNull(ports, "ports");
    this.commands = checkNotNull(commands, "commands");
    this.grants = checkNotNull(grants, "grants");
    this.validity = new GrantValidity(ports.citizens(), ports.register(), ports.representation());
    this.audit = new AuditChain(ports, commands);
  }

  /** Runs every task once, in an order that lets this run's notices go out in this run. */
  public HousekeepingReport runAll() {
    int expired = expireInvitations();
    int terminated = terminateStaleGrants();
    HousekeepingReport delivery = deliverOutbox();
    int overdue = countOverdue();
    // Last, so that this run's own entries are sealed too.
    int sealed = audit.sealCommitted();
    return new HousekeepingReport(expired, terminated, 0, overdue, 0, 0, sealed).plus(delivery);
  }

  /**
   * R8: pending invitations past their lifetime become expired; each inviter is told.
   *
   * @return how many expired
   */
  public int expireInvitations() {
    int count = 0;
    while (true) {
      Instant now = ports.now();
      List<Invitation> due = ports.unitOfWork().read(() -> ports.invitations().pendingExpiredAt(now, BATCH));
      int before = count;
      for (Invitation candidate : due) {
        if (Boolean.TRUE.equals(commands.retrying(() -> expire(candidate.id())))) {
          count++;
        }
      }
      if (due.size() < BATCH || count == before) {
        return count;
      }
    }
  }

  private Boolean expire(InvitationId id) {
    Instant now = ports.now();
    Invitation invitation = ports.invitations().findById(id).orElse(null);
    if (invitation == null || invitation.state() != InvitationState.PENDING || now.isBefore(invitation.expiresAt())) {
      return false;
    }
    Invitation expired = invitation.answered(InvitationState.EXPIRED, now);
    ports.invitations().update(expired);
    commands.notify(now, Topic.INVITATION_EXPIRED, expired.inviter(), id, null);
    commands.audit(now, null, AuditAction.EXPIRE, null, id, null, expired.pupils(), expired.invitee());
    return true;
  }

  /**
   * R10, R12: live grants whose basis is gone — the child left or came of age, the end date
   * passed, the grantor is no longer a legal representative — are terminated with the reason;
   * both parties are told and the diary system is asked to close access. Decisions never wait
   * for this: they check the same conditions themselves.
   *
   * @return how many were terminated
   */
  public int terminateStaleGrants() {
    int count = 0;
    String after = null;
    while (true) {
      PageRequest request = new PageRequest(after, BATCH);
      LocalDate today = ports.dayOf(ports.now());
      // Most live grants are sound: find the stale ones in one reading unit of work per page, and
      // pay for a writing one (which re-reads and re-checks) only for those.
      Page<Grant> page = ports.unitOfWork().read(() -> ports.grants().live(request));
      List<Grant> stale = ports.unitOfWork().read(() -> staleAmong(page.items(), today));
      for (Grant candidate : stale) {
        if (Boolean.TRUE.equals(commands.retrying(() -> terminateIfStale(candidate.id())))) {
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
  private List<Grant> staleAmong(List<Grant> grants, LocalDate today) {
    Map<PupilRecordId, PupilRecord> records = new HashMap<>();
    ports.register().findAllById(grants.stream().map(Grant::pupil).toList()).forEach(r -> records.put(r.id(), r));
    Map<CitizenId, Citizen> grantors = new HashMap<>();
    ports.citizens().findAllById(grants.stream().map(Grant::grantor).toList()).forEach(c -> grantors.put(c.id(), c));
    return grants.stream()
        .filter(grant -> validity.staleness(grant, records.get(grant.pupil()), grantors.get(grant.grantor()), today)
            != null)
        .toList();
  }

  private Boolean terminateIfStale(GrantId id) {
    Instant now = ports.now();
    Grant grant = ports.grants().findById(id).orElse(null);
    if (grant == null || !grant.isLive()) {
      return false;
    }
    LocalDate today = ports.dayOf(now);
    Optional<TerminationReason> reason = validity.staleness(grant, today);
    if (reason.isEmpty()) {
      return false;
    }
    Grant ended = grant.ended(GrantState.TERMINATED, reason.get(), now);
    ports.grants().update(ended);
    commands.provision(now, Topic.PROVISION_CLOSE, id);
    commands.notify(now, Topic.ACCESS_ENDED, ended.trustee(), ended.invitation(), id);
    commands.notify(now, Topic.ACCESS_ENDED, ended.grantor(), ended.invitation(), id);
    commands.audit(now, null, AuditAction.TERMINATE, GrantValidity.reasonCode(reason.get()), ended.invitation(), id,
        List.of(ended.pupil()), ended.trustee());
    return true;
  }

  /**
   * Delivers due outbox messages at least once: notices to the notification centre, requests to
   * the diary system. A delivery that throws is retried later with exponential back-off; nothing
   * is lost. A confirmed opening activates its grant.
   *
   * @return delivered, failed and activated counts
   */
  public HousekeepingReport deliverOutbox() {
    int delivered = 0;
    int failed = 0;
    int activated = 0;
    while (true) {
      Instant now = ports.now();
      List<OutboxMessage> claimed = ports.unitOfWork().write(
          () -> ports.outbox().claimDue(now, now.plus(LEASE), BATCH));
      for (OutboxMessage message : claimed) {
        try {
          if (deliver(message)) {
            activated++;
          }
          ports.unitOfWork().write(() -> {
            ports.outbox().markDelivered(message.id(), ports.now());
            return null;
          });
          delivered++;
        } catch (RuntimeException e) {
          int attempts = message.attempts() + 1;
          Instant next = ports.now().plus(backoff(attempts));
          ports.unitOfWork().write(() -> {
            ports.outbox().markFailed(message.id(), attempts, next);
            return null;
          });
          failed++;
        }
      }
      if (claimed.size() < BATCH) {
        return new HousekeepingReport(0, 0, activated, 0, delivered, failed, 0);
      }
    }
  }

  /**
   * The back-off after a number of failed attempts.
   *
   * @param attempts failed attempts so far, at least 1
   * @return 30 s, 1 min, 2 min, ... up to one hour
   */
  static Duration backoff(int attempts) {
    int doublings = Math.min(attempts - 1, 20);
    Duration delay = FIRST_BACKOFF.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
  }

  /** Delivers one message; returns whether it activated a grant. */
  private boolean deliver(OutboxMessage message) {
    if (message.topic().isNotice()) {
      Notice notice = new Notice(message.id(), checkNotNull(message.recipient()), message.topic(),
          message.invitation(), message.grant());
      dispatch(notice);
      return false;
    }
    Grant grant = ports.unitOfWork().read(() -> ports.grants().findById(checkNotNull(message.grant()))).orElse(null);
    if (grant == null) {
      return false;
    }
    ProvisioningRequest request = new ProvisioningRequest(message.id(), grant.id(), grant.trustee(), grant.pupil(),
        grant.sections(), grant.endDate());
    if (message.topic() == Topic.PROVISION_CLOSE) {
      ports.provisioning().close(request);
      return false;
    }
    if (grant.state() != GrantState.PROVISIONING) {
      return false;
    }
    ProvisioningStatus status = ports.provisioning().open(request);
    if (status != ProvisioningStatus.CONFIRMED) {
      return false;
    }
    Grant activated = commands.retrying(() -> activateIfProvisioning(grant));
    return activated != null;
  }

  private @Nullable Grant activateIfProvisioning(Grant seen) {
    Grant current = ports.grants().findById(seen.id()).orElse(null);
    if (current == null || current.state() != GrantState.PROVISIONING) {
      return null;
    }
    return grants.activate(current, ports.now());
  }

  private void dispatch(Notice notice) {
    var centre = ports.notificationCentre();
    switch (notice.topic()) {
      case INVITATION_RECEIVED -> centre.invitationReceived(notice);
      case INVITATION_ACCEPTED -> centre.invitationAccepted(notice);
      case INVITATION_DECLINED -> centre.invitationDeclined(notice);
      case INVITATION_CANCELLED -> centre.invitationCancelled(notice);
      case INVITATION_EXPIRED -> centre.invitationExpired(notice);
      case ACCESS_REVOKED -> centre.accessRevoked(notice);
      case ACCESS_RENOUNCED -> centre.accessRenounced(notice);
      case ACCESS_ENDED -> centre.accessEnded(notice);
      case PROVISION_OPEN, PROVISION_CLOSE -> throw new IllegalStateException("not a notice: " + notice.topic());
    }
  }

  /**
   * R9: how many grants are still provisioning past their deadline.
   *
   * @return the count
   */
  public int countOverdue() {
    int count = 0;
    String after = null;
    Instant now = ports.now();
    while (true) {
      PageRequest request = new PageRequest(after, PageRequest.MAX_LIMIT);
      Page<Grant> page = ports.unitOfWork().read(() -> ports.grants().provisioningOverdue(now, request));
      count += page.items().size();
      if (page.next().isEmpty()) {
        return count;
      }
      after = page.next().get();
    }
  }
}
