package org.diaryaccess.tck.harness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand: time never passes unless a test says so. Thread-safe. */
public final class MutableClock extends Clock {
  private volatile Instant now;
  private final ZoneId zone;

  /**
   * A clock standing at the given instant.
   *
   * @param start the initial instant
   */
  public MutableClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  private MutableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /**
   * Moves on.
   *
   * @param step how far
   */
  public synchronized void advance(Duration step) {
    now = now.plus(step);
  }

  /**
   * Moves to an instant, back or forth.
   *
   * @param instant where the clock stands from now on
   */
  public synchronized void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    MutableClock outer = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return newZone;
      }

      @Override
      public Clock withZone(ZoneId z) {
        return outer.withZone(z);
      }

      @Override
      public Instant instant() {
        return outer.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
