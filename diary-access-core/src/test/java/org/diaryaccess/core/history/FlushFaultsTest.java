package org.diaryaccess.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.World;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.history.ViewBatch;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * R15 when the store fails: a batch it did not take is kept and written by the next run; a batch
 * it took before its answer was lost is not added twice.
 */
class FlushFaultsTest {
  private final World world = new World();

  /** The store's history, failing the next {@code failures} writes before or after writing. */
  private final class Faulty implements DiaryViews {
    private final DiaryViews real = world.store().diaryViews();
    final AtomicInteger failBefore = new AtomicInteger();
    final AtomicInteger failAfter = new AtomicInteger();

    @Override
    public boolean write(ViewBatch batch) {
      if (failBefore.getAndDecrement() > 0) {
        throw new TransientStorageException(ReasonCode.STORAGE_UNAVAILABLE, new IllegalStateException("down"));
      }
      boolean written = real.write(batch);
      if (failAfter.getAndDecrement() > 0) {
        throw new TransientStorageException(ReasonCode.STORAGE_UNAVAILABLE, new IllegalStateException("lost"));
      }
      return written;
    }

    @Override
    public Page<ViewDay> ofPupil(PupilRecordId pupil, LocalDate from, LocalDate to, @Nullable CitizenId viewer,
        PageRequest page) {
      return real.ofPupil(pupil, from, to, viewer, page);
    }

    @Override
    public int purge(LocalDate day, Instant batchesBefore) {
      return real.purge(day, batchesBefore);
    }
  }

  private final Faulty views = new Faulty();
  private final DiaryAccess access = DiaryAccess.builder().store(world.store()).diaryViews(views)
      .notificationCentre(world.centre).diaryProvisioning(world.diarySystem).clock(world.clock).build();

  private long storedViews() {
    return world.store().unitOfWork().read(() -> world.store().diaryViews().ofPupil(ANTON, LocalDate.of(2026, 1, 1),
        LocalDate.of(2027, 1, 1), null, PageRequest.first())).items().stream().mapToLong(ViewDay::views).sum();
  }

  private void theMotherOpensTheDiary() {
    world.registered(Guide.vasilisa());
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void aBatchTheStoreDidNotTakeIsWrittenByTheNextRun() {
    theMotherOpensTheDiary();
    views.failBefore.set(Integer.MAX_VALUE);
    assertThat(access.housekeeping().historyDaysWritten()).isZero();
    assertThat(storedViews()).isZero();

    views.failBefore.set(0);
    assertThat(access.housekeeping().historyDaysWritten()).isEqualTo(1);
    assertThat(storedViews()).isEqualTo(1);
  }

  @Test
  void aBatchWrittenBeforeItsAnswerWasLostIsNotAddedTwice() {
    theMotherOpensTheDiary();
    views.failAfter.set(Integer.MAX_VALUE);
    access.housekeeping();
    views.failAfter.set(0);
    access.decide(VASILISA_ID, ANTON);
    access.housekeeping();

    assertThat(storedViews()).isEqualTo(2);
  }
}
