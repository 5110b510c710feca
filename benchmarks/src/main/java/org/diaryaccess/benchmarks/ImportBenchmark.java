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
 * The night's import: the whole register upserted over itself, as a host re-imports it every
 * night (each record replaced with its representatives and contact index rows).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class ImportBenchmark {

  /**
   * The whole register, once.
   *
   * @param city the loaded city
   * @return how many records
   */
  @Benchmark
  public int nightImport(LoadedCity city) {
    Stores.importRegister(city.loaded.store(), city.city.records);
    return city.city.records.size();
  }
}
