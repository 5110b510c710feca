package org.diaryaccess.core.architecture.planted;

import java.time.Instant;

/** Reads ambient time: what {@code NO_AMBIENT_TIME} forbids. */
public final class SneakyClock {
  private SneakyClock() {}

  /** Returns the wall clock, which the core must never read. */
  public static Instant now() {
    return Instant.now();
  }
}
