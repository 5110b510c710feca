package org.diaryaccess.core.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.MutableClock;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.TransientStorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The library tells an operator what went wrong, through SLF4J, with personal data masked: a
 * delivery failing and its next attempt, grants past their provisioning deadline, a command
 * retried after a transient storage failure.
 */
class LoggingTest {
  private final Logger library = (Logger) LoggerFactory.getLogger("org.diaryaccess");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level before;

  private final InMemoryStore store = new InMemoryStore();
  private final MutableClock clock = new MutableClock(Guide.SCHOOL_YEAR_STARTS);
  private final RecordingNotificationCentre centre = new RecordingNotificationCentre();
  private final RecordingDiaryProvisioning diarySystem = new RecordingDiaryProvisioning();

  @BeforeEach
  void listen() {
    before = library.getLevel();
    library.setLevel(Level.INFO);
    lines.start();
    library.addAppender(lines);
    store.citizens().saveAll(List.of(Guide.vasilisa(), Guide.nina()));
    store.schoolRegister().upsert(List.of(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer())));
  }

  @AfterEach
  void stopListening() {
    library.detachAppender(lines);
    library.setLevel(before);
  }

  private DiaryAccess access(UnitOfWork unitOfWork) {
    return DiaryAccess.builder().store(store).unitOfWork(unitOfWork).notificationCentre(centre)
        .diaryProvisioning(diarySystem).clock(clock).build();
  }

  private List<String> said(Level level) {
    return lines.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void aFailedDeliveryIsLoggedWithItsNextAttemptAndNoContact() {
    centre.failWhen(notice -> {
      throw new IllegalStateException("no inbox for nina.kubareva@mail.ru at +7 903 111-22-33");
    });
    DiaryAccess access = access(store.unitOfWork());
    access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", ANTON));
    access.housekeeping();

    assertThat(said(Level.WARN)).singleElement().asString()
        .contains("failed on attempt 1", "next attempt at 2026-09-01T06:00:30Z", "INVITATION_RECEIVED",
            "IllegalStateException: no inbox for ***@*** at ***")
        // Not "903" alone: the message's random id may hold those digits.
        .doesNotContain("kubareva", "+7 903", "111-22-33", "9031112233");
  }

  @Test
  void grantsPastTheirDeadlineAreLoggedAtEachHousekeeping() {
    diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
    DiaryAccess access = access(store.unitOfWork());
    access.accept(NINA_ID, access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", ANTON)).id());
    access.housekeeping();
    assertThat(said(Level.WARN)).isEmpty();

    clock.advance(Duration.ofHours(25));
    access.housekeeping();
    assertThat(said(Level.WARN)).singleElement().asString().startsWith("1 grant(s) are still provisioning");
  }

  @Test
  void aCommandRetriedAfterATransientFailureIsLogged() {
    UnitOfWork flaky = new UnitOfWork() {
      private boolean failed;

      @Override
      public <T> T write(Supplier<T> work) {
        if (!failed) {
          failed = true;
          throw new TransientStorageException(ReasonCode.CONCURRENT_UPDATE, new IllegalStateException("lost"));
        }
        return store.unitOfWork().write(work);
      }

      @Override
      public <T> T read(Supplier<T> work) {
        return store.unitOfWork().read(work);
      }
    };
    DiaryAccess access = access(flaky);
    access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", ANTON));

    assertThat(said(Level.INFO)).singleElement().asString()
        .contains("transient storage failure (CONCURRENT_UPDATE)", "attempt 2 of 3");
  }
}
