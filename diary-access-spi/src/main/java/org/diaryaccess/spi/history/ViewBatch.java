package org.diaryaccess.spi.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts one instance took from its memory at once, to be added to the store's access history.
 * Its id makes the write idempotent: a batch written twice — a retry after a commit whose answer
 * was lost — is added once.
 *
 * @param id unique per batch, 1 to 64 characters
 * @param takenAt when the counts were taken
 * @param days the rows, at most one per viewer, pupil and day
 * @since 0.2.0
 */
public record ViewBatch(String id, Instant takenAt, List<ViewDay> days) {
  /**
   * Checks the batch and copies the rows.
   *
   * @param id unique per batch
   * @param takenAt when the counts were taken
   * @param days the rows
   */
  public ViewBatch {
    checkNotNull(id, "id");
    checkArgument(!id.isEmpty() && id.length() <= 64, "batch id length");
    checkNotNull(takenAt, "takenAt");
    days = ImmutableList.copyOf(days);
    Set<String> keys = new HashSet<>();
    for (ViewDay day : days) {
      checkArgument(keys.add(day.viewer().value() + '\n' + day.pupil().value() + '\n' + day.day()),
          "a batch holds at most one row per viewer, pupil and day");
    }
  }

  @Override
  public String toString() {
    return "ViewBatch[" + id + ", " + days.size() + " row(s)]";
  }
}
