package org.diaryaccess.adapters.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.history.ViewBatch;
import org.diaryaccess.spi.history.ViewCursor;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * The access history in memory: per pupil, its rows in the history's order. Written only by
 * housekeeping's batches, so one monitor serves.
 */
final class InMemoryDiaryViews implements DiaryViews {
  private final Map<PupilRecordId, TreeSet<ViewDay>> byPupil = new HashMap<>();
  private final Map<String, Instant> batches = new HashMap<>();

  @Override
  public synchronized boolean write(ViewBatch batch) {
    if (batches.containsKey(batch.id())) {
      return false;
    }
    for (ViewDay row : batch.days()) {
      TreeSet<ViewDay> rows = byPupil.computeIfAbsent(row.pupil(), p -> new TreeSet<>(ViewCursor.ORDER));
      ViewDay held = rows.floor(row);
      if (held != null && held.sameDayAs(row)) {
        rows.remove(held);
        rows.add(held.plus(row));
      } else {
        rows.add(row);
      }
    }
    batches.put(batch.id(), batch.takenAt());
    return true;
  }

  @Override
  public synchronized Page<ViewDay> ofPupil(PupilRecordId pupil, LocalDate from, LocalDate to,
      @Nullable CitizenId viewer, PageRequest page) {
    ViewCursor after = page.after() == null ? null : ViewCursor.parse(page.after());
    List<ViewDay> items = new ArrayList<>();
    for (ViewDay row : byPupil.getOrDefault(pupil, new TreeSet<>(ViewCursor.ORDER))) {
      if (row.day().isAfter(to) || (after != null && !after.precedes(row)) || (viewer != null && !row.viewer().equals(viewer))) {
        continue;
      }
      if (row.day().isBefore(from)) {
        break;
      }
      if (items.size() == page.limit()) {
        return new Page<>(items, ViewCursor.after(items.get(items.size() - 1)).toString());
      }
      items.add(row);
    }
    return Page.last(items);
  }

  @Override
  public synchronized int purge(LocalDate day, Instant batchesBefore) {
    int deleted = 0;
    for (TreeSet<ViewDay> rows : byPupil.values()) {
      int before = rows.size();
      rows.removeIf(row -> row.day().isBefore(day));
      deleted += before - rows.size();
    }
    byPupil.values().removeIf(TreeSet::isEmpty);
    batches.values().removeIf(writtenAt -> writtenAt.isBefore(batchesBefore));
    return deleted;
  }
}
