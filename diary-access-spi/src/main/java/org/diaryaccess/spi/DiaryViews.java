package org.diaryaccess.spi;

import java.time.Instant;
import java.time.LocalDate;
import org.diaryaccess.spi.history.ViewBatch;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * The access history (R15): who opened which pupil's diary on which day, how often, and which
 * sections. The library counts views in memory and hands them over in batches; a store adds each
 * batch to what it holds, one row per viewer, pupil and day. Every method is called inside a
 * {@link UnitOfWork}.
 *
 * @since 0.2.0
 */
public interface DiaryViews {

  /**
   * Adds a batch's counts to the history, once: each row is summed into the stored row of its
   * viewer, pupil and day ({@link ViewDay#plus}), or stored as it is if there is none. A batch
   * whose id was written before changes nothing, so a retry is safe; two instances' batches for
   * the same day add up.
   *
   * @param batch the counts
   * @return {@code true} if added, {@code false} if this batch was written before
   */
  boolean write(ViewBatch batch);

  /**
   * A pupil's history between two days, newest day first, then by viewer id.
   *
   * @param pupil whose diary
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param viewer only this viewer's rows, or {@code null} for everyone's
   * @param page which page
   * @return the page
   */
  Page<ViewDay> ofPupil(PupilRecordId pupil, LocalDate from, LocalDate to, @Nullable CitizenId viewer,
      PageRequest page);

  /**
   * Forgets what is kept no longer: rows of days before {@code day}, and the ids of batches
   * written before {@code batchesBefore}.
   *
   * @param day the first day kept
   * @param batchesBefore batch ids written before this are forgotten
   * @return the rows deleted
   */
  int purge(LocalDate day, Instant batchesBefore);
}
