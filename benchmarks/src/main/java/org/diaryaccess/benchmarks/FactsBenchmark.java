package org.diaryaccess.benchmarks;

import java.util.concurrent.TimeUnit;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.DecisionFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a decision reads, read alone on each store: the narrow facts it reads now
 * ({@code AccessFacts.decisionFacts}) against the wide facts it read before ({@code load}: the
 * citizen, the record and the grant whole, names and all), for a trusted person's question, which
 * reads every table a decision can.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class FactsBenchmark {

  /**
   * The narrow facts.
   *
   * @param city the loaded city
   * @return what was read
   */
  @Benchmark
  public DecisionFacts narrow(LoadedCity city) {
    City.Question q = City.draw(city.city.trusted);
    return city.loaded.store().accessFacts().decisionFacts(q.citizen(), q.pupil());
  }

  /**
   * The wide facts.
   *
   * @param city the loaded city
   * @return what was read
   */
  @Benchmark
  public AccessFacts.Facts wide(LoadedCity city) {
    City.Question q = City.draw(city.city.trusted);
    return city.loaded.store().accessFacts().load(q.citizen(), q.pupil());
  }
}
