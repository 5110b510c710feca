package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.NINA_ID;
import static org.diaryaccess.tck.harness.Guide.NINA_PHONE;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.MutableClock;
import org.diaryaccess.tck.harness.SequentialIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several host instances — each with its own connection pool and its own library instance — on
 * one PostgreSQL, with several threads each: no duplicate grants, limits held, no job done twice,
 * no notice delivered twice.
 */
class ManyInstancesTest {
  private static final int INSTANCES = 4;
  private static final int THREADS_PER_INSTANCE = 3;

  private final MutableClock clock = new MutableClock(Guide.SCHOOL_YEAR_STARTS);
  private final RecordingNotificationCentre centre = new RecordingNotificationCentre();
  private final RecordingDiaryProvisioning diarySystem = new RecordingDiaryProvisioning();
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<DiaryAccess> instances = new ArrayList<>();
  private final List<JdbcStore> stores = new ArrayList<>();

  @BeforeEach
  void startInstances() {
    Databases.emptyPostgres();
    AccessSettings policy = AccessSettings.defaults().withTrustedPersonsPerChild(5).withInvitationsPerDay(50);
    for (int i = 0; i < INSTANCES; i++) {
      HikariDataSource pool = Databases.anotherPostgresInstance(THREADS_PER_INSTANCE);
      pools.add(pool);
      JdbcStore store = JdbcStore.on(pool);
      stores.add(store);
      instances.add(DiaryAccess.builder().store(store).notificationCentre(centre).diaryProvisioning(diarySystem)
          .clock(clock).ids(new PrefixedIds("i" + i)).settings(policy).build());
    }
    JdbcStore first = first();
    first.citizens().save(Guide.vasilisa());
    first.citizens().save(Guide.nina());
    first.schoolRegister().upsert(List.of(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()),
        Guide.mashaRecord(Guide.vasilisaAsTheSchoolHoldsHer())));
  }

  private JdbcStore first() {
    return stores.get(0);
  }

  @AfterEach
  void stopInstances() {
    pools.forEach(HikariDataSource::close);
  }

  @Test
  void racingAcceptancesOnEveryInstanceGiveOneSetOfGrants() throws Exception {
    Invitation invitation = instances.get(0).send(VASILISA_ID,
        InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value(), Guide.MASHA.value())));
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    onEveryThread(access -> {
      try {
        access.accept(NINA_ID, invitation.id());
        accepted.incrementAndGet();
      } catch (RefusedException e) {
        assertThat(e.reasons()).containsExactly(ReasonCode.INVITATION_NOT_PENDING);
        refused.incrementAndGet();
      }
    });

    assertThat(accepted).hasValue(1);
    assertThat(refused).hasValue(INSTANCES * THREADS_PER_INSTANCE - 1);
    assertThat(first().grants().liveForTrustee(NINA_ID)).hasSize(2);
    assertThat(audit(AuditAction.ACCEPT)).hasSize(1);
  }

  @Test
  void racingSendsOnEveryInstanceCannotPassTheLimits() throws Exception {
    for (int i = 0; i < INSTANCES * THREADS_PER_INSTANCE; i++) {
      first().citizens().save(new Citizen(CitizenId.of("friend-" + i), PersonName.of("Друг", "Имя"),
          LocalDate.of(1970, 1, 1), null, Contacts.of("friend" + i + "@mail.ru", phoneOf(i), null)));
    }
    AtomicInteger next = new AtomicInteger();
    onEveryThread(access -> {
      int i = next.getAndIncrement();
      try {
        access.send(VASILISA_ID, InvitationRequest.byPhone(phoneOf(i), "Друг", List.of(ANTON.value())));
      } catch (RefusedException e) {
        assertThat(e.reasons()).containsExactly(ReasonCode.TRUSTED_PERSON_LIMIT);
      }
    });

    assertThat(instances.get(1).invitationsSent(VASILISA_ID, Set.of(InvitationState.PENDING), PageRequest.first())
        .items()).hasSize(5);
  }

  @Test
  void housekeepingOnEveryInstanceAtOnceDoesEachJobOnceAndDeliversEachNoticeOnce() throws Exception {
    for (int i = 0; i < 10; i++) {
      String phone = phoneOf(i);
      first().citizens().save(new Citizen(CitizenId.of("friend-" + i), PersonName.of("Друг", "Имя"),
          LocalDate.of(1970, 1, 1), null, Contacts.of("friend" + i + "@mail.ru", phone, null)));
      instances.get(i % INSTANCES).send(VASILISA_ID, InvitationRequest.byPhone(phone, "Друг",
          List.of(i % 2 == 0 ? ANTON.value() : Guide.MASHA.value())).withEndDate(LocalDate.of(2027, 6, 1)));
      if (i % 3 == 2) {
        clock.advance(Duration.ofHours(25)); // the daily limit is not what this test is about
      }
    }
    clock.advance(Duration.ofDays(31));
    List<HousekeepingReport> reports = java.util.Collections.synchronizedList(new ArrayList<>());
    onEveryThread(access -> reports.add(access.housekeeping()));

    assertThat(reports.stream().mapToInt(HousekeepingReport::expiredInvitations).sum()).isEqualTo(10);
    assertThat(audit(AuditAction.EXPIRE)).hasSize(10);
    // 10 "received" notices and 10 "expired" ones, each handed over exactly once.
    assertThat(centre.notices()).hasSize(20);
    assertThat(centre.redeliveries()).isZero();
    assertThat(first().outbox().undelivered()).isZero();
    // Twelve sealers at once: one chain, every entry in it once.
    int entries = first().unitOfWork().read(() -> first().auditLog().read(PageRequest.first(1000))).items().size();
    assertThat(reports.stream().mapToInt(HousekeepingReport::sealedAuditEntries).sum()).isEqualTo(entries);
    assertThat(instances.get(1).verifyAudit()).satisfies(chain -> {
      assertThat(chain.isIntact()).isTrue();
      assertThat(chain.verified()).isEqualTo(entries);
      assertThat(chain.unsealed()).isZero();
    });
  }

  private List<AuditEntry> audit(AuditAction action) {
    JdbcStore first = first();
    return first.unitOfWork().read(() -> first.auditLog().read(PageRequest.first(1000))).items().stream()
        .filter(e -> e.action() == action && e.outcome() == org.diaryaccess.spi.audit.AuditOutcome.DONE).toList();
  }

  private static String phoneOf(int i) {
    return String.format("+7 903 300-00-%02d", i);
  }

  private interface Job {
    void run(DiaryAccess access) throws Exception;
  }

  private void onEveryThread(Job job) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(INSTANCES * THREADS_PER_INSTANCE);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (DiaryAccess access : instances) {
      for (int t = 0; t < THREADS_PER_INSTANCE; t++) {
        Callable<Object> task = () -> {
          start.await();
          job.run(access);
          return Boolean.TRUE;
        };
        futures.add(pool.submit(task));
      }
    }
    start.countDown();
    try {
      for (Future<Object> future : futures) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
