package org.diaryaccess.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.DiaryStore;
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
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every condition of the auto-configuration, each in a context of its own. */
class DiaryAccessAutoConfigurationTest {
  private static final Instant NOW = Instant.parse("2026-09-01T06:00:00Z");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DiaryAccessAutoConfiguration.class));

  /** The two beans only a host can write. */
  @Configuration(proxyBeanMethods = false)
  static class HostBeans {
    @Bean
    NotificationCentre notificationCentre() {
      return NotificationCentre.of(notice -> { });
    }

    @Bean
    DiaryProvisioning diaryProvisioning() {
      return DiaryProvisioning.of(request -> ProvisioningStatus.CONFIRMED, request -> { });
    }
  }

  /** A host that forgot its notification centre. */
  @Configuration(proxyBeanMethods = false)
  static class OnlyTheDiarySystem {
    @Bean
    DiaryProvisioning diaryProvisioning() {
      return DiaryProvisioning.of(request -> ProvisioningStatus.CONFIRMED, request -> { });
    }
  }

  /** A host with an H2 database of its own. */
  @Configuration(proxyBeanMethods = false)
  static class HostDatabase {
    @Bean
    HikariDataSource dataSource() {
      HikariDataSource dataSource = new HikariDataSource();
      dataSource.setJdbcUrl("jdbc:h2:mem:boot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      dataSource.setUsername("sa");
      return dataSource;
    }
  }

  /** A host with its own clock. */
  @Configuration(proxyBeanMethods = false)
  static class HostClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  /** A host that builds the library itself. */
  @Configuration(proxyBeanMethods = false)
  static class HostsOwnLibrary {
    static final InMemoryStore STORE = new InMemoryStore();

    @Bean
    DiaryStore diaryStore() {
      return STORE;
    }

    @Bean
    DiaryAccess diaryAccess() {
      return DiaryAccess.builder().store(STORE).notificationCentre(NotificationCentre.of(n -> { }))
          .diaryProvisioning(DiaryProvisioning.of(r -> ProvisioningStatus.CONFIRMED, r -> { }))
          .clock(Clock.systemUTC()).build();
    }
  }

  @Test
  void withoutADataSourceTheStoreIsInMemory() {
    runner.withUserConfiguration(HostBeans.class).run(context -> {
      assertThat(context).hasSingleBean(InMemoryStore.class).doesNotHaveBean(JdbcStore.class)
          .hasSingleBean(DiaryAccess.class).hasSingleBean(DiaryAccessScheduler.class)
          .hasSingleBean(DiaryAccessHealthIndicator.class);
    });
  }

  @Test
  void withADataSourceTheStoreIsOnItMigrated() {
    runner.withUserConfiguration(HostBeans.class, HostDatabase.class).run(context -> {
      assertThat(context).hasSingleBean(JdbcStore.class).doesNotHaveBean(InMemoryStore.class);
      try (Connection connection = context.getBean(DataSource.class).getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SELECT COUNT(*) FROM da_citizen");
        statement.execute("SELECT COUNT(*) FROM \"da_schema_history\"");
      }
    });
  }

  @Test
  void theHostsOwnBeansWin() {
    runner.withUserConfiguration(HostsOwnLibrary.class, HostDatabase.class).run(context -> {
      assertThat(context).hasSingleBean(DiaryAccess.class).hasSingleBean(DiaryStore.class)
          .doesNotHaveBean(JdbcStore.class);
      assertThat(context.getBean(DiaryStore.class)).isSameAs(HostsOwnLibrary.STORE);
      assertThat(context.getBean(DiaryAccessScheduler.class)).isNotNull();
    });
  }

  @Test
  void aMissingNotificationCentreFailsStartUpNamingTheBeanToWrite() {
    runner.withUserConfiguration(OnlyTheDiarySystem.class).run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = Objects.requireNonNull(context.getStartupFailure());
      FailureAnalysis analysis = Objects.requireNonNull(new MissingHostBeanFailureAnalyzer().analyze(failure));
      assertThat(analysis.getDescription()).contains("org.diaryaccess.spi.NotificationCentre");
      assertThat(analysis.getAction()).contains("@Bean of type NotificationCentre", "README", "Spring Boot");
    });
  }

  @Test
  void aBadPropertyFailsStartUpNamingTheProperty() {
    runner.withUserConfiguration(HostBeans.class).withPropertyValues("diary-access.invitations-per-day=0")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause()
              .hasMessageContaining("diary-access.invitations-per-day must be at least 1");
        });
    runner.withUserConfiguration(HostBeans.class).withPropertyValues("diary-access.access-history-retention=-1d")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("diary-access.access-history-retention must be within"));
  }

  @Test
  void propertiesBecomeTheLibrarysSettings() {
    runner.withUserConfiguration(HostBeans.class)
        .withPropertyValues("diary-access.invitation-lifetime=14d", "diary-access.trusted-persons-per-child=4",
            "diary-access.access-history-retention=90d")
        .run(context -> {
          DiaryAccess access = context.getBean(DiaryAccess.class);
          assertThat(access.settings().invitationLifetime()).isEqualTo(Duration.ofDays(14));
          assertThat(access.settings().trustedPersonsPerChild()).isEqualTo(4);
          assertThat(access.settings().invitationsPerDay()).isEqualTo(20);
          assertThat(access.settings().accessHistoryRetention()).isEqualTo(Duration.ofDays(90));
        });
  }

  @Test
  void theLibraryTellsTimeByTheHostsClock() {
    runner.withUserConfiguration(HostBeans.class, HostClock.class).run(context -> {
      InMemoryStore store = context.getBean(InMemoryStore.class);
      CitizenId mother = CitizenId.of("c-1");
      PersonName name = PersonName.of("Иванченко", "Василиса");
      store.citizens().saveAll(List.of(
          Citizen.builder(mother, name).email("mail@yandex.ru").mobilePhone("+79261234567").build(),
          Citizen.builder(CitizenId.of("c-2"), PersonName.of("Кубарева", "Нина")).email("nina@mail.ru")
              .mobilePhone("+79031112233").build()));
      PupilRecordId pupil = PupilRecordId.of("p-1");
      store.schoolRegister().upsert(List.of(PupilRecord.builder(pupil, SchoolId.of("s-1"), "9Б",
          PersonName.of("Кубарев", "Антон")).representative(new LegalRepresentative(RepresentativeKind.MOTHER, name,
          Contacts.none().withEmail("mail@yandex.ru").withMobilePhone("+79261234567"))).build()));

      assertThat(context.getBean(DiaryAccess.class)
          .send(mother, InvitationRequest.byPhone("+79031112233", "Кубарева", pupil)).sentAt()).isEqualTo(NOW);
    });
  }

  @Test
  void closingTheContextWritesTheAccessHistoryCountedSinceTheLastHousekeeping() {
    InMemoryStore[] held = new InMemoryStore[1];
    PupilRecordId pupil = PupilRecordId.of("p-1");
    runner.withUserConfiguration(HostBeans.class, HostClock.class)
        .withPropertyValues("diary-access.housekeeping.enabled=false").run(context -> {
          InMemoryStore store = context.getBean(InMemoryStore.class);
          held[0] = store;
          CitizenId mother = CitizenId.of("c-1");
          PersonName name = PersonName.of("Иванченко", "Василиса");
          store.citizens().save(Citizen.builder(mother, name).email("mail@yandex.ru").mobilePhone("+79261234567")
              .build());
          store.schoolRegister().upsert(List.of(PupilRecord.builder(pupil, SchoolId.of("s-1"), "9Б",
              PersonName.of("Кубарев", "Антон")).representative(new LegalRepresentative(RepresentativeKind.MOTHER,
              name, Contacts.none().withEmail("mail@yandex.ru").withMobilePhone("+79261234567"))).build()));
          assertThat(context.getBean(DiaryAccess.class).decide(mother, pupil).isAllowed()).isTrue();
        });
    java.time.LocalDate day = java.time.LocalDate.of(2026, 9, 1);
    assertThat(held[0].unitOfWork().read(() -> held[0].diaryViews().ofPupil(pupil, day, day, null,
        org.diaryaccess.spi.paging.PageRequest.first())).items()).hasSize(1);
  }

  @Test
  void healthIsUpThenDownOnceTheAuditChainIsFoundBroken() {
    runner.withUserConfiguration(HostBeans.class, HostDatabase.class).run(context -> {
      DiaryAccessHealthIndicator health = context.getBean(DiaryAccessHealthIndicator.class);
      DiaryAccessScheduler scheduler = context.getBean(DiaryAccessScheduler.class);
      aSealedAuditEntry(context);
      scheduler.verify();
      Health up = health.health();
      assertThat(up.getStatus()).isEqualTo(Status.UP);
      assertThat(up.getDetails()).containsEntry("auditChainIntact", true).containsEntry("outboxBacklog", 0);

      tamperWithTheAuditLog(context);
      scheduler.verify();
      Health down = health.health();
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails()).containsEntry("auditChainIntact", false);
    });
  }

  @Test
  void healthFollowsTheLastVerificationWhoeverAskedForItUntilTheChainIsIntactAgain() {
    runner.withUserConfiguration(HostBeans.class, HostDatabase.class).run(context -> {
      DiaryAccessHealthIndicator health = context.getBean(DiaryAccessHealthIndicator.class);
      DiaryAccess access = context.getBean(DiaryAccess.class);
      aSealedAuditEntry(context);
      assertThat(health.health().getStatus()).as("nothing verified yet").isEqualTo(Status.UP);

      String actor = tamperWithTheAuditLog(context);
      // The host verifies, not the scheduler: the health reads it all the same.
      assertThat(access.verifyAudit().isIntact()).isFalse();
      assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.health().getStatus()).as("and stays down").isEqualTo(Status.DOWN);

      try (Connection connection = context.getBean(DataSource.class).getConnection();
          PreparedStatement restore = connection.prepareStatement("UPDATE da_audit SET actor = ?")) {
        restore.setString(1, actor);
        restore.executeUpdate();
      }
      assertThat(health.health().getStatus()).as("until a verification finds it intact").isEqualTo(Status.DOWN);
      context.getBean(DiaryAccessScheduler.class).verify();
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      assertThat(health.health().getDetails()).containsEntry("auditChainIntact", true);
    });
  }

  /** A refused preview is audited, and housekeeping seals its entry into the chain. */
  private static void aSealedAuditEntry(ApplicationContext context) {
    context.getBean(JdbcStore.class).citizens()
        .save(Citizen.builder(CitizenId.of("c-1"), PersonName.of("Иванченко", "Василиса")).build());
    assertThatThrownBy(() -> context.getBean(DiaryAccess.class).preview(CitizenId.of("c-1"),
        InvitationRequest.byPhone("+79031112233", "Кубарева", PupilRecordId.of("p-1"))))
        .isInstanceOf(RefusedException.class);
    context.getBean(DiaryAccessScheduler.class).housekeeping();
  }

  /**
   * Rewrites the sealed entry's actor as only an administrator can, the database's append-only
   * guard dropped first.
   *
   * @return the actor as it was
   */
  private static String tamperWithTheAuditLog(ApplicationContext context) throws SQLException {
    try (Connection connection = context.getBean(DataSource.class).getConnection();
        Statement statement = connection.createStatement()) {
      String actor;
      try (ResultSet rows = statement.executeQuery("SELECT actor FROM da_audit")) {
        assertThat(rows.next()).isTrue();
        actor = rows.getString(1);
      }
      statement.execute("DROP TRIGGER da_audit_no_update");
      statement.executeUpdate("UPDATE da_audit SET actor = 'someone-else'");
      return actor;
    }
  }
}
