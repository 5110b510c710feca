package org.diaryaccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.junit.jupiter.api.Test;

/** Each host wiring builds a working library: a parent matched by the school sees her child. */
class HostWiringTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T06:00:00Z"), ZoneOffset.UTC);
  private static final CitizenId MOTHER = CitizenId.of("mother");
  private static final PupilRecordId CHILD = PupilRecordId.of("child");

  private static Citizen mother() {
    return new Citizen(MOTHER, PersonName.of("Иванченко", "Василиса"), null, null,
        Contacts.of("mail@yandex.ru", "+7 926 123-45-67", null));
  }

  private static PupilRecord child() {
    return new PupilRecord(CHILD, SchoolId.of("school"), "9Б", PersonName.of("Кубарев", "Антон"), null,
        Contacts.none(), true, List.of(new LegalRepresentative(RepresentativeKind.MOTHER,
            PersonName.of("Иванченко", "Василиса"), Contacts.of("mail@yandex.ru", "89261234567", null))));
  }

  private static void motherSeesHerChild(DiaryAccess access) {
    assertThat(access.decide(MOTHER, CHILD).allowedBasis()).containsInstanceOf(Basis.LegalRepresentative.class);
  }

  @Test
  void inMemory() {
    InMemoryStore store = new InMemoryStore();
    store.citizens().save(mother());
    store.schoolRegister().upsert(List.of(child()));
    motherSeesHerChild(InMemoryHost.wire(store, new RecordingNotificationCentre(), new RecordingDiaryProvisioning(),
        CLOCK));
  }

  @Test
  void embeddedH2() {
    H2Host.Wired wired = H2Host.wire("host-wiring-test", new RecordingNotificationCentre(),
        new RecordingDiaryProvisioning(), CLOCK);
    wired.store().citizens().save(mother());
    wired.store().schoolRegister().upsert(List.of(child()));
    motherSeesHerChild(wired.access());
  }

  @Test
  void postgresFromAJdbcUrl() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        PostgresHost.Wired wired = PostgresHost.wire(server.getJdbcUrl("postgres", "postgres"),
            new RecordingNotificationCentre(), new RecordingDiaryProvisioning(), CLOCK)) {
      wired.store().citizens().save(mother());
      wired.store().schoolRegister().upsert(List.of(child()));
      motherSeesHerChild(wired.access());
      // A second instance on the same database sees the same answer at once.
      try (PostgresHost.Wired second = PostgresHost.wire(server.getJdbcUrl("postgres", "postgres"),
          new RecordingNotificationCentre(), new RecordingDiaryProvisioning(), CLOCK)) {
        motherSeesHerChild(second.access());
      }
    }
  }
}
