package org.diaryaccess.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The city's clock: it stands still unless a benchmark moves it on (commands need days to pass). */
final class CityClock extends Clock {
  private volatile Instant now = City.NOW;

  void advance(Duration step) {
    now = now.plus(step);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    CityClock source = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }

      @Override
      public Instant instant() {
        return source.now;
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
