package org.diaryaccess.core.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.World;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.junit.jupiter.api.Test;

/**
 * Many threads on one library instance: racing sends cannot pass the limits, and decisions read
 * while the school re-imports its records never fail and never see a half-written record.
 */
class ConcurrentCallersTest {
  private static final int THREADS = 8;

  @Test
  void racingSendsCannotPassThePerChildLimit() throws Exception {
    World world = new World(AccessSettings.defaults().withTrustedPersonsPerChild(3).withInvitationsPerDay(100));
    world.registered(Guide.vasilisa()).schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    for (int i = 0; i < 24; i++) {
      world.registered(new Citizen(CitizenId.of("friend-" + i), PersonName.of("Друг", "Имя"), LocalDate.of(1970, 1, 1),
          null, Contacts.of("friend" + i + "@mail.ru", String.format("+7 903 200-00-%02d", i), null)));
    }
    AtomicInteger limitRefusals = new AtomicInteger();
    runConcurrently(24, i -> {
      try {
        world.access.send(VASILISA_ID, InvitationRequest.byPhone(String.format("+7 903 200-00-%02d", i), "Друг",
            List.of(ANTON.value())));
      } catch (RefusedException e) {
        assertThat(e.reasons()).containsExactly(ReasonCode.TRUSTED_PERSON_LIMIT);
        limitRefusals.incrementAndGet();
      }
    });

    assertThat(world.access.invitationsSent(VASILISA_ID, Set.of(InvitationState.PENDING), PageRequest.first()).items())
        .hasSize(3);
    assertThat(limitRefusals).hasValue(21);
  }

  @Test
  void decisionsDuringANightlyReimportNeverFail() throws Exception {
    World world = new World();
    world.registered(Guide.vasilisa(), Guide.dmitry())
        .schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()));
    AtomicInteger denied = new AtomicInteger();
    runConcurrently(THREADS * 50, i -> {
      if (i % 10 == 0) {
        // The school re-imports the same record: both parents stay listed throughout.
        world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim(), Guide.vasilisaAsTheSchoolHoldsHer()));
      } else if (!world.access.decide(i % 2 == 0 ? VASILISA_ID : Guide.DMITRY_ID, ANTON).isAllowed()) {
        denied.incrementAndGet();
      }
    });
    assertThat(denied).hasValue(0);
  }

  private interface Task {
    void run(int i) throws Exception;
  }

  private static void runConcurrently(int tasks, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      int n = i;
      futures.add(pool.submit(() -> {
        start.await();
        task.run(n);
        return null;
      }));
    }
    start.countDown();
    try {
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
