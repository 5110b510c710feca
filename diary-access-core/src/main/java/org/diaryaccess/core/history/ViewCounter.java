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
 * {@link #drain()} takes them for the store. Counting never takes a lock and never waits: a
 * decision either adds to its counter or, if a drain is sealing that counter at that moment,
 * adds to a fresh one. Only the drain waits — for the few nanoseconds a counter's in-flight
 * additions take — so every decision is counted exactly once.
 *
 * @since 0.2.0
 */
public final class ViewCounter {
  private static final DiarySection[] SECTIONS = DiarySection.values();
  /** Slot 0 counts the diary as such; slot 1 + ordinal, each section. */
  private static final int SLOTS = 1 + SECTIONS.length;

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
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
    Key key = new Key(viewer, pupil, dayOf(at));
    int slot = section == null ? 0 : 1 + section.ordinal();
    while (true) {
      Counter counter = open.get(key);
      if (counter == null) {
        counter = open.computeIfAbsent(key, k -> new Counter());
      }
      if (counter.add(slot, micros, basis)) {
        return;
      }
      // A drain sealed it and is taking it out of the map: count on a fresh one.
      open.remove(key, counter);
    }
  }

  /**
   * Takes every count made so far, leaving none: one row per viewer, pupil and day.
   *
   * @return the rows; empty if nothing was counted
   */
  public List<ViewDay> drain() {
    Map<Key, ViewDay> rows = new LinkedHashMap<>();
    for (Map.Entry<Key, Counter> entry : open.entrySet()) {
      Key key = entry.getKey();
      Counter counter = entry.getValue();
      open.remove(key, counter);
      ViewDay row = counter.seal(key);
      if (row != null) {
        rows.merge(key, row, ViewDay::plus);
      }
    }
    return new ArrayList<>(rows.values());
  }

  /**
   * Counters held now: one per viewer, pupil and day counted since the last drain.
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

  private record Key(CitizenId viewer, PupilRecordId pupil, LocalDate day) {}

  /**
   * One viewer's counts of one pupil on one day. {@code state} holds the number of additions in
   * flight, with the sign bit set once a drain has sealed it.
   */
  private static final class Counter {
    private static final VarHandle STATE;
    private static final VarHandle FIRST;
    private static final VarHandle LAST;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

    static {
      try {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        STATE = lookup.findVarHandle(Counter.class, "state", long.class);
        FIRST = lookup.findVarHandle(Counter.class, "first", long.class);
        LAST = lookup.findVarHandle(Counter.class, "last", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final long[] slots = new long[SLOTS];
    @SuppressWarnings("unused") // through STATE
    private volatile long state;
    @SuppressWarnings("unused") // through FIRST
    private volatile long first = Long.MAX_VALUE;
    @SuppressWarnings("unused") // through LAST
    private volatile long last = Long.MIN_VALUE;
    private volatile @Nullable Basis basis;

    /** Adds one view unless sealed; never waits. */
    boolean add(int slot, long micros, Basis seen) {
      long now;
      do {
        now = (long) STATE.getVolatile(this);
        if (now < 0) {
          return false;
        }
      } while (!STATE.compareAndSet(this, now, now + 1));
      try {
        SLOT.getAndAdd(slots, slot, 1L);
        long earliest = (long) FIRST.getVolatile(this);
        while (micros < earliest && !FIRST.compareAndSet(this, earliest, micros)) {
          earliest = (long) FIRST.getVolatile(this);
        }
        long latest = (long) LAST.getVolatile(this);
        while (micros >= latest) {
          if (LAST.compareAndSet(this, latest, micros)) {
            basis = seen;
            break;
          }
          latest = (long) LAST.getVolatile(this);
        }
      } finally {
        STATE.getAndAdd(this, -1L);
      }
      return true;
    }

    /** Seals the counter and, once no addition is in flight, reads it; {@code null} if sealed before or empty. */
    @Nullable ViewDay seal(Key key) {
      long before = (long) STATE.getAndBitwiseOr(this, Long.MIN_VALUE);
      if (before < 0) {
        return null;
      }
      while (((long) STATE.getVolatile(this) & Long.MAX_VALUE) != 0) {
        Thread.onSpinWait();
      }
      long diary = (long) SLOT.getVolatile(slots, 0);
      EnumMap<DiarySection, Long> sections = new EnumMap<>(DiarySection.class);
      for (DiarySection section : SECTIONS) {
        long views = (long) SLOT.getVolatile(slots, 1 + section.ordinal());
        if (views > 0) {
          sections.put(section, views);
        }
      }
      Basis seen = basis;
      if (seen == null || (diary == 0 && sections.isEmpty())) {
        return null;
      }
      GrantId grant = seen instanceof Basis.TrustedPerson trusted ? trusted.grant() : null;
      return new ViewDay(key.viewer(), key.pupil(), key.day(), relationOf(seen), grant,
          Instant.EPOCH.plus((long) FIRST.getVolatile(this), ChronoUnit.MICROS),
          Instant.EPOCH.plus((long) LAST.getVolatile(this), ChronoUnit.MICROS), diary, sections);
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
