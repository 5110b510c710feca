package org.diaryaccess.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.spi.school.PupilRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The night's import: the whole register upserted in batches, as a host re-imports it every
 * night, with one record in a hundred changed since the night before (a different hundredth each
 * time: a child moved to another class).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class ImportBenchmark {

  /** Tonight's register: last night's with one record in a hundred changed. */
  @State(Scope.Benchmark)
  public static class Tonight {
    @SuppressWarnings("NullAway.Init")
    List<PupilRecord> records;
    private int night;

    /**
     * Moves one child in a hundred to another class, a different hundredth each night.
     *
     * @param city the loaded city, whose register the first night starts from
     */
    @Setup(Level.Iteration)
    public void nextNight(LoadedCity city) {
      List<PupilRecord> last = records == null ? city.city.records : records;
      List<PupilRecord> next = new ArrayList<>(last);
      night++;
      for (int i = night % 100; i < next.size(); i += 100) {
        PupilRecord r = next.get(i);
        next.set(i, new PupilRecord(r.id(), r.school(), "N" + night, r.name(), r.birthDate(), r.contacts(),
            r.enrolled(), r.representatives()));
      }
      records = next;
    }
  }

  /**
   * The whole register, once.
   *
   * @param city the loaded city
   * @param tonight tonight's register
   * @return how many records
   */
  @Benchmark
  public int nightImport(LoadedCity city, Tonight tonight) {
    Stores.importRegister(city.loaded.store(), tonight.records);
    return tonight.records.size();
  }
}
