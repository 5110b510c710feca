package org.diaryaccess.core.housekeeping;

import static com.google.common.base.Preconditions.checkNotNull;

import org.diaryaccess.core.audit.AuditChain;
import org.diaryaccess.core.delivery.OutboxDelivery;
import org.diaryaccess.core.grant.GrantSweep;
import org.diaryaccess.core.grant.Provisioning;
import org.diaryaccess.core.history.AccessHistory;
import org.diaryaccess.core.invitation.InvitationExpiry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work a host schedules («в течение суток»), in the order that lets this run's notices go
 * out in this run: expire invitations, terminate grants whose basis is gone, deliver the outbox,
 * count grants overdue for provisioning, write the access history's counts and forget its old
 * days, and seal the audit log's new entries. Each job lives
 * beside the rule it serves; this only runs them. Each item is its own unit of work and re-reads
 * what it changes, so several instances may run housekeeping at once.
 *
 * @since 0.1.0
 */
public final class Housekeeping {
  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

  private final InvitationExpiry expiry;
  private final GrantSweep sweep;
  private final OutboxDelivery delivery;
  private final Provisioning provisioning;
  private final AccessHistory history;
  private final AuditChain audit;

  /**
   * Creates it with what it uses.
   *
   * @param expiry R8: invitations past their lifetime
   * @param sweep R10, R12: grants whose basis is gone
   * @param delivery the outbox
   * @param provisioning R9: grants overdue
   * @param history R15: the counts to write, the days to forget
   * @param audit R14: sealing
   */
  public Housekeeping(InvitationExpiry expiry, GrantSweep sweep, OutboxDelivery delivery, Provisioning provisioning,
      AccessHistory history, AuditChain audit) {
    this.expiry = checkNotNull(expiry, "expiry");
    this.sweep = checkNotNull(sweep, "sweep");
    this.delivery = checkNotNull(delivery, "delivery");
    this.provisioning = checkNotNull(provisioning, "provisioning");
    this.history = checkNotNull(history, "history");
    this.audit = checkNotNull(audit, "audit");
  }

  /**
   * Runs every job once.
   *
   * @return what changed
   */
  public HousekeepingReport runAll() {
    int expired = expiry.expireDue();
    int terminated = sweep.terminateStale();
    OutboxDelivery.Report delivered = delivery.deliverDue();
    int overdue = provisioning.countOverdue();
    if (overdue > 0) {
      LOG.warn("{} grant(s) are still provisioning past their deadline: the diary system has not confirmed them "
          + "(list them with overdueGrants)", overdue);
    }
    int viewsWritten = history.flush();
    int viewsPurged = history.purge();
    // Last, so that this run's own entries are sealed too.
    int sealed = audit.sealCommitted();
    return new HousekeepingReport(expired, terminated, delivered.activated(), overdue, delivered.delivered(),
        delivered.failed(), viewsWritten, viewsPurged, sealed);
  }
}
