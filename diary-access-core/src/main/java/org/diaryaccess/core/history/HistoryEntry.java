package org.diaryaccess.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.history.ViewerRelation;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;

/**
 * One line of «Кто открывал дневник»: who opened the child's diary on one day, how they were
 * related to the child then, how often, and which sections.
 *
 * @param views the day's counts as the store keeps them
 * @param name the viewer's name as the portal holds it now, {@code null} if the profile is gone
 * @param asker whether the viewer is the citizen who asks: the parent's own views, listed as such
 * @since 0.2.0
 */
public record HistoryEntry(ViewDay views, @Nullable PersonName name, boolean asker) {
  /**
   * Checks the entry.
   *
   * @param views the day's counts
   * @param name the viewer's name
   * @param asker whether the viewer asks
   */
  public HistoryEntry {
    checkNotNull(views, "views");
  }

  /**
   * Who opened the diary.
   *
   * @return the viewer
   */
  public CitizenId viewer() {
    return views.viewer();
  }

  /**
   * The day, in the settings' zone.
   *
   * @return the day
   */
  public LocalDate day() {
    return views.day();
  }

  /**
   * How the viewer was related to the child at the day's last view.
   *
   * @return the relation
   */
  public ViewerRelation relation() {
    return views.relation();
  }

  /**
   * The grant a trusted person saw the diary through; it may have ended since.
   *
   * @return the grant, {@code null} for anyone but a trusted person
   */
  public @Nullable GrantId grant() {
    return views.grant();
  }

  /**
   * How often the diary was opened that day: every allowed decision, about the diary as such or
   * one section.
   *
   * @return the count
   */
  public long count() {
    return views.views();
  }

  /**
   * The sections opened, with how often each.
   *
   * @return the counts per section; sections not opened are absent
   */
  public Map<DiarySection, Long> sections() {
    return views.sectionViews();
  }

  /**
   * The day's first view.
   *
   * @return the instant
   */
  public Instant firstAt() {
    return views.firstAt();
  }

  /**
   * The day's last view.
   *
   * @return the instant
   */
  public Instant lastAt() {
    return views.lastAt();
  }

  @Override
  public String toString() {
    return "HistoryEntry[" + views + (asker ? ", own" : "") + "]";
  }
}
