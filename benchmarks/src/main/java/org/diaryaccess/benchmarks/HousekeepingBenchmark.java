package org.diaryaccess.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sweep a host schedules, over the whole city: expire invitations, check every live grant
 * for a basis that is gone, deliver the outbox, count overdue grants. The clock moves a minute
 * per sweep; after the first, little is due, so this is the steady cost of looking.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class HousekeepingBenchmark {

  /**
   * One sweep.
   *
   * @param city the loaded city
   * @return what it did
   */
  @Benchmark
  public HousekeepingReport sweep(LoadedCity city) {
    city.loaded.clock().advance(Duration.ofMinutes(1));
    return city.access.housekeeping();
  }
}
