package org.diaryaccess.spring.boot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.diaryaccess.spi.DiaryObserver;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * The library's meters, all named {@code diary.access.*} and tagged with bounded values only
 * (an outcome, a basis, a reason code, an action — never an id):
 * {@code diary.access.decisions}, {@code diary.access.decision.latency},
 * {@code diary.access.commands}, {@code diary.access.housekeeping},
 * {@code diary.access.deliveries.failed}, and the gauges {@code diary.access.outbox.backlog},
 * {@code diary.access.outbox.oldest.age}, {@code diary.access.grants.overdue},
 * {@code diary.access.audit.unsealed}.
 *
 * @since 0.1.0
 */
public final class DiaryAccessMetrics implements DiaryObserver, HousekeepingListener {
  private final MeterRegistry registry;
  private final Timer latency;
  private final Timer housekeeping;
  private final Counter failedDeliveries;

  /**
   * Creates it with what it uses.
   *
   * @param registry where the meters go
   */
  public DiaryAccessMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.latency = Timer.builder("diary.access.decision.latency").description("How long a decision takes")
        .publishPercentileHistogram().register(registry);
    this.housekeeping = Timer.builder("diary.access.housekeeping").description("How long a housekeeping run takes")
        .register(registry);
    this.failedDeliveries = Counter.builder("diary.access.deliveries.failed")
        .description("Outbox deliveries that failed and were rescheduled").register(registry);
  }

  @Override
  public void decided(boolean allowed, String basisOrReason, Duration took) {
    Counter.builder("diary.access.decisions").description("Access decisions by outcome and basis or reason")
        .tag("outcome", allowed ? "allowed" : "denied").tag(allowed ? "basis" : "reason", basisOrReason)
        .register(registry).increment();
    latency.record(took);
  }

  @Override
  public void commandFinished(AuditAction action, AuditOutcome outcome, @Nullable ReasonCode reason) {
    Counter.builder("diary.access.commands").description("Commands by action and outcome")
        .tag("action", action.name().toLowerCase(Locale.ROOT))
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .tag("reason", reason == null ? "none" : reason.name())
        .register(registry).increment();
  }

  @Override
  public void housekeepingRan(HousekeepingReport report, Duration took) {
    housekeeping.record(took);
    failedDeliveries.increment(report.failedDeliveries());
  }

  /**
   * Registers the gauges read from {@link DiaryAccess#status()}.
   *
   * @param access the library
   */
  public void bindStatus(DiaryAccess access) {
    Gauge.builder("diary.access.outbox.backlog", access, a -> a.status().outboxBacklog())
        .description("Outbox messages waiting for delivery").register(registry);
    Gauge.builder("diary.access.outbox.oldest.age", access, a -> a.status().oldestUndeliveredAge().toSeconds())
        .baseUnit("seconds").description("How long the oldest undelivered message has waited").register(registry);
    Gauge.builder("diary.access.grants.overdue", access, a -> a.status().overdueGrants())
        .description("Grants still provisioning past their deadline").register(registry);
    Gauge.builder("diary.access.audit.unsealed", access, a -> a.status().unsealedAuditEntries())
        .description("Audit entries waiting to be sealed into the chain").register(registry);
  }
}
