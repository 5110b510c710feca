package org.diaryaccess.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.MutableClock;
import org.diaryaccess.spi.NotificationCentre;
import org.junit.jupiter.api.Test;

/** The delivery run's arithmetic: the back-off between attempts, and a backlog larger than one batch. */
class OutboxDeliveryTest {

  @Test
  void theBackOffDoublesFromThirtySecondsUpToAnHour() {
    assertThat(List.of(1, 2, 3, 4, 7, 8, 30).stream().map(OutboxDelivery::backoff).toList()).containsExactly(
        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
        Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1));
  }

  @Test
  void oneRunDeliversABacklogLargerThanABatchAndNoticesActivateNoGrant() {
    MutableClock clock = new MutableClock(Guide.SCHOOL_YEAR_STARTS);
    InMemoryStore store = new InMemoryStore();
    List<String> handed = new ArrayList<>();
    DiaryAccess access = DiaryAccess.builder().store(store)
        .notificationCentre(NotificationCentre.of(notice -> handed.add(notice.idempotencyKey())))
        .diaryProvisioning(new RecordingDiaryProvisioning()).clock(clock).build();
    int backlog = OutboxDelivery.BATCH + 1;
    DueNotices.enqueue(store, backlog, clock.instant());

    HousekeepingReport report = access.housekeeping();

    assertThat(report.delivered()).isEqualTo(backlog);
    assertThat(report.activatedGrants()).isZero();
    assertThat(handed).hasSize(backlog).doesNotHaveDuplicates();
  }
}
