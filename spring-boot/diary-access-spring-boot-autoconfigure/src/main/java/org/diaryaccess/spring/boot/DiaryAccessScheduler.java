package org.diaryaccess.spring.boot;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.audit.AuditVerification;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.support.CronExpression;

/**
 * Runs housekeeping every interval and verifies the audit chain on a cron, on a thread of its
 * own, on every instance (the store's locks make that safe). A run that fails is logged and the
 * next one comes as planned. The library keeps the last verification, for the health contributor.
 *
 * @since 0.1.0
 */
public final class DiaryAccessScheduler implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DiaryAccessScheduler.class);

  private final DiaryAccess access;
  private final DiaryAccessProperties properties;
  private final Clock clock;
  private final HousekeepingListener afterHousekeeping;
  private final AtomicReference<@Nullable HousekeepingReport> lastReport = new AtomicReference<>();
  private @Nullable ScheduledExecutorService executor;

  /**
   * Creates it with what it uses.
   *
   * @param access the library
   * @param properties the intervals
   * @param clock the host's clock, for the cron
   * @param afterHousekeeping told of each run's report and duration (metrics)
   */
  public DiaryAccessScheduler(DiaryAccess access, DiaryAccessProperties properties, Clock clock,
      HousekeepingListener afterHousekeeping) {
    this.access = access;
    this.properties = properties;
    this.clock = clock;
    this.afterHousekeeping = afterHousekeeping;
  }

  @Override
  public synchronized void start() {
    ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "diary-access-housekeeping");
      thread.setDaemon(true);
      return thread;
    });
    executor = started;
    if (properties.housekeeping().enabled()) {
      long every = properties.housekeeping().interval().toMillis();
      started.scheduleWithFixedDelay(this::housekeeping, every, every, TimeUnit.MILLISECONDS);
    }
    if (properties.audit().enabled()) {
      scheduleVerification(started, CronExpression.parse(properties.audit().cron()));
    }
  }

  private void scheduleVerification(ScheduledExecutorService on, CronExpression cron) {
    LocalDateTime now = LocalDateTime.now(clock.withZone(properties.zone()));
    LocalDateTime next = cron.next(now);
    if (next == null) {
      return;
    }
    long delay = Duration.between(ZonedDateTime.of(now, properties.zone()), ZonedDateTime.of(next, properties.zone()))
        .toMillis();
    on.schedule(() -> {
      verify();
      scheduleVerification(on, cron);
    }, delay, TimeUnit.MILLISECONDS);
  }

  /** One housekeeping run; a failure is logged, never thrown into the scheduler. */
  void housekeeping() {
    try {
      long started = System.nanoTime();
      HousekeepingReport report = access.housekeeping();
      lastReport.set(report);
      afterHousekeeping.housekeepingRan(report, Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException e) {
      LOG.warn("Housekeeping failed; the next run comes as planned: {}", e.getClass().getSimpleName());
    }
  }

  /** One verification of the audit chain; the head hash goes to the log, to be kept elsewhere. */
  void verify() {
    try {
      access.verifyAudit();
    } catch (RuntimeException e) {
      LOG.warn("Verifying the audit chain failed; the next run comes as planned: {}", e.getClass().getSimpleName());
    }
  }

  /**
   * The last verification of the audit chain, if one ran — this scheduler's or anyone else's
   * through the same {@link DiaryAccess}.
   *
   * @return the verification, or {@code null}
   */
  public @Nullable AuditVerification lastVerification() {
    return access.lastAuditVerification().orElse(null);
  }

  /**
   * The last housekeeping run's report, if one ran.
   *
   * @return the report, or {@code null}
   */
  public @Nullable HousekeepingReport lastReport() {
    return lastReport.get();
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
