package org.diaryaccess.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.history.ViewerRelation;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;

/**
 * Allowed decisions counted per viewer, pupil and day, in this instance's memory, until
 * {@link #drain} takes them for the store. Counting takes no lock of its own: one atomic addition
 * to the counter of its viewer, pupil, day and section (a day's first view of a pupil adds the
 * counter to a {@link ConcurrentHashMap}, which may hold one of its bins for the instant it links
 * a node). A drain takes each count with an
 * atomic swap, so that every count is taken exactly once — by this drain or a later one — and
 * retires the counters of past days: a count that lands on a counter already retired sees so in
 * the value its addition returns, and is made again on a fresh counter.
 *
 * <p>The first and last time of a day are kept as seen by the views counted; two views at once
 * may leave the last time a few microseconds early, never later than a view.
 *
 * @since 0.2.0
 */
public final class ViewCounter {
  private static final DiarySection[] SECTIONS = DiarySection.values();
  /** Slot 0 counts the diary as such; slot 1 + ordinal, each section. */
  private static final int SLOTS = 1 + SECTIONS.length;
  /** A retired slot's value: far below zero, so that additions after retirement stay negative. */
  private static final long RETIRED = Long.MIN_VALUE / 2;

  private final ConcurrentHashMap<Key, Counter> open = new ConcurrentHashMap<>();
  private final ZoneId zone;
  private volatile @Nullable Today today;

  /**
   * Counts in a zone's days.
   *
   * @param zone the zone a view's day is read in
   */
  public ViewCounter(ZoneId zone) {
    this.zone = checkNotNull(zone, "zone");
  }

  /**
   * Counts one allowed decision.
   *
   * @param viewer who was let in
   * @param pupil whose diary
   * @param basis why
   * @param section the section asked about, or {@code null} for the diary as such
   * @param at when, truncated to microseconds as the stores keep it
   */
  public void count(CitizenId viewer, PupilRecordId pupil, Basis basis, @Nullable DiarySection section, Instant at) {
    long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    Key key = new Key(viewer, pupil, dayOf(at));
    int slot = section == null ? 0 : 1 + section.ordinal();
    while (true) {
      Counter counter = open.get(key);
      if (counter == null) {
        Counter fresh = new Counter(key);
        Counter held = open.putIfAbsent(fresh, fresh);
        counter = held == null ? fresh : held;
      }
      if (counter.add(slot, micros, basis)) {
        return;
      }
      // A drain retired it: it is leaving the map. Count on a fresh one.
      forget(counter);
    }
  }

  /**
   * Takes every count made so far: one row per viewer, pupil and day. Counters of days before
   * {@code today} are retired and forgotten; today's stay, empty, for the next views. Drains must
   * not run concurrently with each other; counts may.
   *
   * @param today the current day: earlier days get no more views
   * @return the rows; empty if nothing was counted
   */
  public List<ViewDay> drain(LocalDate today) {
    Map<Key, ViewDay> rows = new LinkedHashMap<>();
    for (Counter counter : open.values()) {
      boolean retire = counter.day().isBefore(today);
      ViewDay row = counter.take(retire);
      if (retire) {
        forget(counter);
      }
      if (row != null) {
        rows.merge(counter, row, ViewDay::plus);
      }
    }
    return new ArrayList<>(rows.values());
  }

  /**
   * Takes a retired counter out of the map — that very counter, not a fresh one of the same key
   * that a count may have put there since: a counter equals any other of its key, so the map's own
   * {@code remove(key, value)} would take either.
   */
  private void forget(Counter retired) {
    open.computeIfPresent(retired, (key, held) -> held == retired ? null : held);
  }

  /**
   * Counters held now: one per viewer, pupil and day counted today, and on earlier days since the
   * last drain.
   *
   * @return how many
   */
  public int size() {
    return open.size();
  }

  /** The day of an instant; the current day's bounds are kept, so that most views compute nothing. */
  private LocalDate dayOf(Instant at) {
    Today known = today;
    long second = at.getEpochSecond();
    if (known != null && second >= known.startSecond && second < known.endSecond) {
      return known.day;
    }
    LocalDate day = LocalDate.ofInstant(at, zone);
    today = new Today(day.atStartOfDay(zone).toEpochSecond(), day.plusDays(1).atStartOfDay(zone).toEpochSecond(), day);
    return day;
  }

  private record Today(long startSecond, long endSecond, LocalDate day) {}

  /** A counter's key, its hash computed once. A counter is its own key in the map: one object per entry. */
  private static class Key {
    private final CitizenId viewer;
    private final PupilRecordId pupil;
    private final LocalDate day;
    private final int hash;

    private Key(CitizenId viewer, PupilRecordId pupil, LocalDate day) {
      this.viewer = viewer;
      this.pupil = pupil;
      this.day = day;
      this.hash = (31 * viewer.hashCode() + pupil.hashCode()) * 31 + day.hashCode();
    }

    CitizenId viewer() {
      return viewer;
    }

    PupilRecordId pupil() {
      return pupil;
    }

    LocalDate day() {
      return day;
    }

    @Override
    public final boolean equals(@Nullable Object other) {
      return other instanceof Key that && hash == that.hash && viewer.equals(that.viewer) && pupil.equals(that.pupil)
          && day.equals(that.day);
    }

    @Override
    public final int hashCode() {
      return hash;
    }
  }

  /**
   * One viewer's counts of one pupil on one day, in fields of its own (no array to reach): one for
   * the diary as such and one per section.
   */
  private static final class Counter extends Key {
    private static final VarHandle FIRST;
    private static final VarHandle LAST;
    private static final VarHandle DIARY;
    private static final VarHandle GRADES;
    private static final VarHandle HOMEWORK;
    private static final VarHandle ATTENDANCE;
    private static final VarHandle SCHEDULE;
    private static final VarHandle TEACHER_COMMENTS;

    static {
      try {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        FIRST = lookup.findVarHandle(Counter.class, "first", long.class);
        LAST = lookup.findVarHandle(Counter.class, "last", long.class);
        DIARY = lookup.findVarHandle(Counter.class, "diary", long.class);
        GRADES = lookup.findVarHandle(Counter.class, "grades", long.class);
        HOMEWORK = lookup.findVarHandle(Counter.class, "homework", long.class);
        ATTENDANCE = lookup.findVarHandle(Counter.class, "attendance", long.class);
        SCHEDULE = lookup.findVarHandle(Counter.class, "schedule", long.class);
        TEACHER_COMMENTS = lookup.findVarHandle(Counter.class, "teacherComments", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
      if (SLOTS != 6) {
        throw new ExceptionInInitializerError("a counter has a field per section: " + SLOTS + " slots");
      }
    }

    // Through the VarHandles above.
    @SuppressWarnings("unused")
    private volatile long first = Long.MAX_VALUE;
    @SuppressWarnings("unused")
    private volatile long last = Long.MIN_VALUE;
    @SuppressWarnings("unused")
    private volatile long diary;
    @SuppressWarnings("unused")
    private volatile long grades;
    @SuppressWarnings("unused")
    private volatile long homework;
    @SuppressWarnings("unused")
    private volatile long attendance;
    @SuppressWarnings("unused")
    private volatile long schedule;
    @SuppressWarnings("unused")
    private volatile long teacherComments;
    private volatile @Nullable Basis basis;

    Counter(Key key) {
      super(key.viewer(), key.pupil(), key.day());
    }

    /** The field of a slot: the diary as such, then the sections in their order. */
    private static VarHandle slot(int slot) {
      return switch (slot) {
        case 0 -> DIARY;
        case 1 -> GRADES;
        case 2 -> HOMEWORK;
        case 3 -> ATTENDANCE;
        case 4 -> SCHEDULE;
        default -> TEACHER_COMMENTS;
      };
    }

    /** Adds one view, unless the counter was retired; never waits. */
    boolean add(int slot, long micros, Basis seen) {
      // The times and the basis first, so that a drain that takes this count finds them.
      if (micros > (long) LAST.getOpaque(this)) {
        LAST.setRelease(this, micros);
        if (!seen.equals(basis)) {
          basis = seen;
        }
      } else if (basis == null) {
        basis = seen;
      }
      long earliest = (long) FIRST.getOpaque(this);
      while (micros < earliest && !FIRST.compareAndSet(this, earliest, micros)) {
        earliest = (long) FIRST.getVolatile(this);
      }
      return (long) slot(slot).getAndAdd(this, 1L) >= 0;
    }

    /** Takes the counts made so far, retiring the counter if asked; {@code null} if none. */
    @Nullable ViewDay take(boolean retire) {
      long diaryViews = 0;
      EnumMap<DiarySection, Long> sections = new EnumMap<>(DiarySection.class);
      for (int slot = 0; slot < SLOTS; slot++) {
        VarHandle field = slot(slot);
        long views = (long) field.getVolatile(this);
        if (views < 0 || (views == 0 && !retire)) {
          continue;
        }
        views = Math.max(0, (long) field.getAndSet(this, retire ? RETIRED : 0L));
        if (slot == 0) {
          diaryViews = views;
        } else if (views > 0) {
          sections.put(SECTIONS[slot - 1], views);
        }
      }
      Basis seen = basis;
      if (seen == null || (diaryViews == 0 && sections.isEmpty())) {
        return null;
      }
      GrantId grant = seen instanceof Basis.TrustedPerson trusted ? trusted.grant() : null;
      long earliest = (long) FIRST.getVolatile(this);
      long latest = Math.max(earliest, (long) LAST.getVolatile(this));
      return new ViewDay(viewer(), pupil(), day(), relationOf(seen), grant,
          Instant.EPOCH.plus(earliest, ChronoUnit.MICROS), Instant.EPOCH.plus(latest, ChronoUnit.MICROS), diaryViews,
          sections);
    }
  }

  /**
   * The relation a basis stands for.
   *
   * @param basis the basis of an allowed decision
   * @return the relation kept with the views
   */
  public static ViewerRelation relationOf(Basis basis) {
    if (basis instanceof Basis.Self) {
      return ViewerRelation.PUPIL;
    }
    return basis instanceof Basis.LegalRepresentative ? ViewerRelation.LEGAL_REPRESENTATIVE
        : ViewerRelation.TRUSTED_PERSON;
  }
}
