package org.diaryaccess.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The question asked on every diary page view, on each store: a parent let in, a trusted person
 * let in, a stranger kept out. Each call asks about a different family.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class DecideBenchmark {

  /**
   * A legal representative opens the diary: allowed.
   *
   * @param city the loaded city
   * @return whether allowed
   */
  @Benchmark
  public boolean parentAllowed(LoadedCity city) {
    City.Question q = City.draw(city.city.parents);
    return city.access.decide(q.citizen(), q.pupil()).isAllowed();
  }

  /**
   * A trusted person opens the diary: allowed.
   *
   * @param city the loaded city
   * @return whether allowed
   */
  @Benchmark
  public boolean trustedPersonAllowed(LoadedCity city) {
    City.Question q = City.draw(city.city.trusted);
    return city.access.decide(q.citizen(), q.pupil()).isAllowed();
  }

  /**
   * Another family's parent opens the diary: denied.
   *
   * @param city the loaded city
   * @return whether allowed
   */
  @Benchmark
  public boolean strangerDenied(LoadedCity city) {
    City.Question q = City.draw(city.city.strangers);
    return city.access.decide(q.citizen(), q.pupil()).isAllowed();
  }
}
