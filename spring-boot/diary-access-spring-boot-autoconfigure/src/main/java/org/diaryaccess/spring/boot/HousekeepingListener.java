package org.diaryaccess.spring.boot;

import java.time.Duration;
import org.diaryaccess.core.housekeeping.HousekeepingReport;

/**
 * Told of each scheduled housekeeping run: how long it took and what it changed.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HousekeepingListener {

  /**
   * A run finished.
   *
   * @param report what it changed
   * @param took how long it took
   */
  void housekeepingRan(HousekeepingReport report, Duration took);
}
