package org.diaryaccess.core.housekeeping;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.UnitOfWork;

/**
 * Reads {@link DiaryStatus}: four counting queries, each on an index, in one read.
 *
 * @since 0.1.0
 */
public final class StatusReader {
  private final UnitOfWork unitOfWork;
  private final Outbox outbox;
  private final Grants grants;
  private final AuditLog auditLog;
  private final Clock clock;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork the read runs in one
   * @param outbox the backlog
   * @param grants the overdue ones
   * @param auditLog the unsealed entries
   * @param clock when is now
   */
  public StatusReader(UnitOfWork unitOfWork, Outbox outbox, Grants grants, AuditLog auditLog, Clock clock) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.outbox = checkNotNull(outbox, "outbox");
    this.grants = checkNotNull(grants, "grants");
    this.auditLog = checkNotNull(auditLog, "auditLog");
    this.clock = checkNotNull(clock, "clock");
  }

  /**
   * The status now.
   *
   * @return the counts
   */
  public DiaryStatus status() {
    return unitOfWork.read(() -> {
      Instant now = clock.instant();
      Duration oldest = outbox.oldestUndelivered()
          .map(created -> created.isBefore(now) ? Duration.between(created, now) : Duration.ZERO)
          .orElse(Duration.ZERO);
      return new DiaryStatus(outbox.undelivered(), oldest, grants.countProvisioningOverdue(now),
          auditLog.countUnsealed());
    });
  }
}
