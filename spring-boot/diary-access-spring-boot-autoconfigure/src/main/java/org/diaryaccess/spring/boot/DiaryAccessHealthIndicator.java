package org.diaryaccess.spring.boot;

import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.audit.AuditVerification;
import org.diaryaccess.core.housekeeping.DiaryStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code diaryAccess} health contributor: DOWN while the last verification of the audit chain
 * — whoever asked for it: the host, an operator's page, the scheduler — found it broken, until a
 * verification finds it intact again; OUT_OF_SERVICE (or DOWN, as configured) when delivery or provisioning is behind
 * its thresholds; UP otherwise. Its details are counts and the chain's head hash (to keep
 * elsewhere), never personal data.
 *
 * @since 0.1.0
 */
public final class DiaryAccessHealthIndicator implements HealthIndicator {
  private final DiaryAccess access;
  private final DiaryAccessProperties.Health thresholds;

  /**
   * Creates it with what it uses.
   *
   * @param access the library, for {@link DiaryAccess#status()} and
   *     {@link DiaryAccess#lastAuditVerification()}
   * @param thresholds when delivery and provisioning are behind
   */
  public DiaryAccessHealthIndicator(DiaryAccess access, DiaryAccessProperties.Health thresholds) {
    this.access = access;
    this.thresholds = thresholds;
  }

  @Override
  public Health health() {
    DiaryStatus status = access.status();
    AuditVerification verification = access.lastAuditVerification().orElse(null);
    boolean chainBroken = verification != null && !verification.isIntact();
    boolean behind = status.oldestUndeliveredAge().compareTo(thresholds.maxOutboxAge()) > 0
        || status.overdueGrants() > thresholds.maxOverdueGrants();
    Health.Builder health = chainBroken ? Health.down()
        : behind ? Health.status(new Status(thresholds.behindStatus())) : Health.up();
    health.withDetail("outboxBacklog", status.outboxBacklog())
        .withDetail("oldestUndeliveredSeconds", status.oldestUndeliveredAge().toSeconds())
        .withDetail("overdueGrants", status.overdueGrants())
        .withDetail("unsealedAuditEntries", status.unsealedAuditEntries());
    if (verification != null) {
      health.withDetail("auditChainIntact", verification.isIntact())
          .withDetail("auditChainVerifiedEntries", verification.verified())
          .withDetail("auditChainHead", verification.head());
    }
    return health.build();
  }
}
