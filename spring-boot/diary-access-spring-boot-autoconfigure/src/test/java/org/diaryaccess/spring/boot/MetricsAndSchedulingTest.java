package org.diaryaccess.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library in a Boot context on a real PostgreSQL started by the test: the schema migrated, a
 * decision moving its counter, housekeeping running on its schedule, health UP and then DOWN once
 * the audit log is tampered with; and the context without Micrometer or health support.
 */
class MetricsAndSchedulingTest {
  private static EmbeddedPostgres postgres;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DiaryAccessAutoConfiguration.class))
      .withUserConfiguration(Host.class);

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  /** A host with its two beans, PostgreSQL and a meter registry. */
  @Configuration(proxyBeanMethods = false)
  static class Host {
    @Bean
    NotificationCentre notificationCentre() {
      return NotificationCentre.of(notice -> { });
    }

    @Bean
    DiaryProvisioning diaryProvisioning() {
      return DiaryProvisioning.of(request -> ProvisioningStatus.CONFIRMED, request -> { });
    }

    @Bean
    javax.sql.DataSource dataSource() {
      return postgres.getPostgresDatabase();
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Test
  void onPostgresADecisionCountsHousekeepingRunsOnScheduleAndHealthFollowsTheChain() throws Exception {
    runner.withPropertyValues("diary-access.housekeeping.interval=100ms").run(context -> {
      assertThat(context).hasSingleBean(JdbcStore.class);
      try (Connection connection = context.getBean(javax.sql.DataSource.class).getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SET session_replication_role = replica"); // past the audit log's guard
        statement.execute("TRUNCATE da_audit, da_outbox, da_grant, da_invitation_pupil, da_invitation, "
            + "da_pupil_contact, da_representative, da_pupil, da_citizen, da_lock RESTART IDENTITY");
        statement.execute("RESET session_replication_role");
      }
      JdbcStore store = context.getBean(JdbcStore.class);
      CitizenId mother = CitizenId.of("c-1");
      PersonName name = PersonName.of("Иванченко", "Василиса");
      store.citizens().saveAll(List.of(Citizen.builder(mother, name).email("mail@yandex.ru")
          .mobilePhone("+79261234567").build()));
      PupilRecordId pupil = PupilRecordId.of("p-1");
      store.schoolRegister().upsert(List.of(PupilRecord.builder(pupil, SchoolId.of("s-1"), "9Б",
          PersonName.of("Кубарев", "Антон")).representative(new LegalRepresentative(RepresentativeKind.MOTHER, name,
          Contacts.none().withEmail("mail@yandex.ru").withMobilePhone("+79261234567"))).build()));

      DiaryAccess access = context.getBean(DiaryAccess.class);
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(access.decide(mother, pupil).isAllowed()).isTrue();
      assertThat(meters.get("diary.access.decisions").tag("outcome", "allowed")
          .tag("basis", "legal-representative").counter().count()).isEqualTo(1.0);
      assertThat(meters.get("diary.access.decision.latency").timer().count()).isEqualTo(1);
      assertThat(meters.get("diary.access.outbox.backlog").gauge().value()).isZero();

      // A refused preview is audited: an entry for the scheduled housekeeping to seal.
      assertThatThrownBy(() -> access.preview(mother, InvitationRequest.byPhone("+79990000000", "Никто", pupil)))
          .isInstanceOf(RefusedException.class);
      DiaryAccessScheduler scheduler = context.getBean(DiaryAccessScheduler.class);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while ((meters.get("diary.access.housekeeping").timer().count() < 2 || access.status().unsealedAuditEntries() > 0)
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(access.status().unsealedAuditEntries()).as("sealed by the scheduled housekeeping").isZero();
      assertThat(meters.get("diary.access.housekeeping").timer().count()).as("runs on its schedule")
          .isGreaterThanOrEqualTo(2);
      assertThat(scheduler.lastReport()).isNotNull();

      DiaryAccessHealthIndicator health = context.getBean(DiaryAccessHealthIndicator.class);
      scheduler.verify();
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      try (Connection connection = context.getBean(javax.sql.DataSource.class).getConnection();
          Statement statement = connection.createStatement()) {
        // tampered with as only an administrator can: past the database's append-only guard
        statement.execute("SET session_replication_role = replica");
        statement.executeUpdate("UPDATE da_audit SET actor = 'someone-else'");
        statement.execute("RESET session_replication_role");
      }
      scheduler.verify();
      assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    });
  }

  @Test
  void withoutMicrometerOrHealthSupportTheLibraryStillStarts() {
    runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class, HealthIndicator.class)).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(DiaryAccess.class).doesNotHaveBean(DiaryAccessMetrics.class)
          .doesNotHaveBean(DiaryAccessHealthIndicator.class);
    });
  }
}
