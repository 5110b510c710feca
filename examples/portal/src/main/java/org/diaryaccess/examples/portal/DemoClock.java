package org.diaryaccess.examples.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's clock: the system's, moved forward by the operator to show what time does
 * (invitations expiring, the diary system's deadline passing, end dates). The library reads
 * time only from it; a copy in another zone moves with it. Thread-safe.
 */
public final class DemoClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> ahead;

  /**
   * A clock that follows {@code base} until moved.
   *
   * @param base the real clock
   */
  public DemoClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private DemoClock(Clock base, AtomicReference<Duration> ahead) {
    this.base = base;
    this.ahead = ahead;
  }

  /**
   * Moves the clock forward.
   *
   * @param by how far, positive
   */
  public void advance(Duration by) {
    if (by.isNegative() || by.isZero()) {
      throw new IllegalArgumentException("the demo clock moves forward only");
    }
    ahead.accumulateAndGet(by, Duration::plus);
  }

  /**
   * How far ahead of real time the clock is.
   *
   * @return how far ahead of real time the clock is
   */
  public Duration ahead() {
    return ahead.get();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(ahead.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new DemoClock(base.withZone(zone), ahead);
  }
}
