package org.diaryaccess.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.MutableClock;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.TransientStorageException;
import org.junit.jupiter.api.Test;

/**
 * A command meeting transient storage failures is tried again in a new unit of work, at most
 * {@value Commands#ATTEMPTS} times in all; then the failure reaches the caller, typed.
 */
class TransientRetryTest {
  private final InMemoryStore store = new InMemoryStore();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();

  private final UnitOfWork flaky = new UnitOfWork() {
    @Override
    public <T> T write(Supplier<T> work) {
      writes.incrementAndGet();
      if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new TransientStorageException(ReasonCode.CONCURRENT_UPDATE, null);
      }
      return store.unitOfWork().write(work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
      return store.unitOfWork().read(work);
    }
  };

  private final DiaryAccess access = DiaryAccess.builder().store(store).unitOfWork(flaky)
      .notificationCentre(new RecordingNotificationCentre()).diaryProvisioning(new RecordingDiaryProvisioning())
      .clock(new MutableClock(Guide.SCHOOL_YEAR_STARTS)).build();

  private void sendToNina() {
    access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
  }

  TransientRetryTest() {
    store.citizens().saveAll(List.of(Guide.vasilisa(), Guide.nina()));
    store.schoolRegister().upsert(List.of(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer())));
  }

  @Test
  void twoTransientFailuresAreRiddenOut() {
    failuresLeft.set(Commands.ATTEMPTS - 1);

    sendToNina();

    assertThat(writes).hasValue(Commands.ATTEMPTS);
    assertThat(store.unitOfWork().read(() -> store.outbox().undelivered())).isEqualTo(1);
  }

  @Test
  void theLastAttemptsFailureReachesTheCallerTypedAndNothingIsWritten() {
    failuresLeft.set(Commands.ATTEMPTS);

    assertThatThrownBy(this::sendToNina).isInstanceOfSatisfying(TransientStorageException.class,
        e -> assertThat(e.reasons()).containsExactly(ReasonCode.CONCURRENT_UPDATE));
    assertThat(writes).hasValue(Commands.ATTEMPTS);
    assertThat(store.unitOfWork().read(() -> store.outbox().undelivered())).isZero();
  }
}
