package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.id.CitizenId;
import org.junit.jupiter.api.Test;

/**
 * At-least-once delivery on a real clock: four instances, each with its own pool, run
 * housekeeping at once over one PostgreSQL until the outbox is empty, and the notification centre
 * answers at once. Every notice arrives, and none arrives twice: claims skip what another
 * instance holds, and no lease runs out while the centre answers within it. 2,000 notices per
 * build; {@code -Ddiaryaccess.delivery.notices=10000} for the figure in docs/RELIABILITY.md.
 */
class RealClockDeliveryTest {
  private static final int NOTICES = Integer.getInteger("diaryaccess.delivery.notices", 2_000);
  private static final int INSTANCES = 4;

  @Test
  void fourInstancesDeliverEveryNoticeOnceOnARealClock() throws Exception {
    JdbcStore shared = JdbcStore.on(Databases.emptyPostgres());
    Instant now = Clock.systemUTC().instant();
    shared.unitOfWork().write(() -> {
      for (int i = 0; i < NOTICES; i++) {
        shared.outbox().enqueue(OutboxMessage.due("notice-" + i, Topic.INVITATION_RECEIVED,
            CitizenId.of("citizen-" + i), null, null, now.minusMillis(NOTICES - i)));
      }
      return null;
    });
    Map<String, AtomicInteger> handed = new ConcurrentHashMap<>();
    NotificationCentre centre = NotificationCentre.of(
        notice -> handed.computeIfAbsent(notice.idempotencyKey(), key -> new AtomicInteger()).incrementAndGet());

    List<HikariDataSource> pools = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        HikariDataSource pool = Databases.anotherPostgresInstance(2);
        pools.add(pool);
        JdbcStore store = JdbcStore.on(pool);
        DiaryAccess instance = DiaryAccess.builder().store(store).notificationCentre(centre)
            .diaryProvisioning(new RecordingDiaryProvisioning()).clock(Clock.systemUTC()).build();
        runs.add(threads.submit(() -> {
          int delivered = 0;
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
          while (store.unitOfWork().read(() -> store.outbox().undelivered()) > 0 && System.nanoTime() < deadline) {
            delivered += instance.housekeeping().delivered();
          }
          return delivered;
        }));
      }
      int delivered = 0;
      for (Future<Integer> run : runs) {
        delivered += run.get(150, TimeUnit.SECONDS);
      }

      long repeats = handed.values().stream().mapToInt(AtomicInteger::get).filter(n -> n > 1).map(n -> n - 1).sum();
      System.out.printf("Real-clock delivery: %d notices, %d instances, %d repeats%n", NOTICES, INSTANCES, repeats);
      assertThat(handed).hasSize(NOTICES);
      assertThat(repeats).isZero();
      assertThat(delivered).isEqualTo(NOTICES);
      assertThat(shared.unitOfWork().read(() -> shared.outbox().undelivered())).isZero();
    } finally {
      threads.shutdownNow();
      pools.forEach(HikariDataSource::close);
    }
  }
}
