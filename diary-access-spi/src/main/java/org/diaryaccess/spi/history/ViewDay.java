package org.diaryaccess.spi.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Maps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;

/**
 * One viewer's views of one pupil's diary on one day (in the settings' zone): the row of the
 * access history, at most one per viewer, pupil and day however many times the diary was opened.
 *
 * @param viewer who opened it
 * @param pupil whose diary
 * @param day the day, in the settings' zone
 * @param relation how the viewer was related to the pupil at the last view
 * @param grant the grant a trusted person saw it through, {@code null} for anyone else
 * @param firstAt the first view of the day
 * @param lastAt the last view of the day
 * @param diaryViews decisions about the diary as such (no section named)
 * @param sectionViews decisions about each section; sections not opened are absent
 * @since 0.2.0
 */
public record ViewDay(
    CitizenId viewer,
    PupilRecordId pupil,
    LocalDate day,
    ViewerRelation relation,
    @Nullable GrantId grant,
    Instant firstAt,
    Instant lastAt,
    long diaryViews,
    Map<DiarySection, Long> sectionViews) {

  /**
   * Checks the row and copies the counts.
   *
   * @param viewer who opened it
   * @param pupil whose diary
   * @param day the day
   * @param relation how the viewer was related
   * @param grant the trusted person's grant
   * @param firstAt the first view
   * @param lastAt the last view
   * @param diaryViews views of the diary as such
   * @param sectionViews views per section
   */
  public ViewDay {
    checkNotNull(viewer, "viewer");
    checkNotNull(pupil, "pupil");
    checkNotNull(day, "day");
    checkNotNull(relation, "relation");
    checkNotNull(firstAt, "firstAt");
    checkNotNull(lastAt, "lastAt");
    checkArgument(!lastAt.isBefore(firstAt), "the last view precedes the first");
    checkArgument((grant != null) == (relation == ViewerRelation.TRUSTED_PERSON),
        "a grant goes with a trusted person's views, and only with them");
    checkArgument(diaryViews >= 0, "negative count");
    EnumMap<DiarySection, Long> counts = new EnumMap<>(DiarySection.class);
    sectionViews.forEach((section, count) -> {
      checkArgument(count >= 0, "negative count");
      if (count > 0) {
        counts.put(section, count);
      }
    });
    sectionViews = Maps.immutableEnumMap(counts);
    checkArgument(diaryViews + counts.values().stream().mapToLong(Long::longValue).sum() > 0,
        "a row counts at least one view");
  }

  /**
   * Every view of the day: of the diary as such and of each section.
   *
   * @return the total
   */
  public long views() {
    return diaryViews + sectionViews.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Views of one section.
   *
   * @param section the section
   * @return how often it was opened, 0 if never
   */
  public long viewsOf(DiarySection section) {
    return sectionViews.getOrDefault(section, 0L);
  }

  /**
   * Whether two rows count the same viewer, pupil and day.
   *
   * @param other the other row
   * @return whether they share a key
   */
  public boolean sameDayAs(ViewDay other) {
    return viewer.equals(other.viewer) && pupil.equals(other.pupil) && day.equals(other.day);
  }

  /**
   * Two rows of the same viewer, pupil and day added up — as a store adds a batch to what it
   * holds: counts summed, the earlier first view, the later last view, and the relation and grant
   * of the row whose last view is later (this row's on a tie).
   *
   * @param other a row with the same key
   * @return the sum
   */
  public ViewDay plus(ViewDay other) {
    checkArgument(sameDayAs(other), "rows of different viewers, pupils or days");
    EnumMap<DiarySection, Long> counts = new EnumMap<>(DiarySection.class);
    counts.putAll(sectionViews);
    other.sectionViews.forEach((section, count) -> counts.merge(section, count, Long::sum));
    ViewDay later = other.lastAt.isAfter(lastAt) ? other : this;
    return new ViewDay(viewer, pupil, day, later.relation, later.grant,
        firstAt.isBefore(other.firstAt) ? firstAt : other.firstAt, later.lastAt,
        diaryViews + other.diaryViews, counts);
  }

  /** Ids and counts only: no name or contact is held here. */
  @Override
  public String toString() {
    return "ViewDay[" + day + ", " + relation + ", " + views() + " view(s)]";
  }
}
