package org.diaryaccess.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.settings.AccessSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the access history (R15) costs: a decision with the history on against the same decision
 * with it off, on each store; and the write of 100,000 distinct rows — one per parent, child and
 * day — as housekeeping or close makes it.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class AccessHistoryBenchmark {
  /** A city on a store, the library wired with the history on or off. */
  @State(Scope.Benchmark)
  public static class Recording {
    @Param({"inmemory", "h2", "postgres"})
    public String store = "inmemory";

    @Param({"10000"})
    public int pupils = 10_000;

    @Param({"on", "off"})
    public String history = "on";

    // Set by @Setup before any benchmark method runs.
    @SuppressWarnings("NullAway.Init")
    DiaryAccess access;
    @SuppressWarnings("NullAway.Init")
    City city;
    @SuppressWarnings("NullAway.Init")
    Stores.Loaded loaded;

    /** Loads the city with the history's setting. */
    @Setup(Level.Trial)
    public void load() {
      city = City.generate(42, pupils);
      AccessSettings settings = AccessSettings.defaults()
          .withAccessHistoryRetention(history.equals("on") ? Duration.ofDays(365) : Duration.ZERO);
      loaded = Stores.load(store, city, settings);
      access = loaded.access();
    }

    City.Question next(List<City.Question> questions) {
      return questions.get(ThreadLocalRandom.current().nextInt(questions.size()));
    }
  }

  /**
   * A parent opens a section of the diary: allowed, and counted when the history is on.
   *
   * @param city the loaded city
   * @return whether allowed
   */
  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public boolean parentAllowed(Recording city) {
    City.Question q = city.next(city.city.parents);
    return city.access.decide(q.citizen(), q.pupil(), org.diaryaccess.spi.service.DiarySection.GRADES).isAllowed();
  }

  /** A city with the history on, and the counts of {@code rows} distinct views made before each write. */
  @State(Scope.Benchmark)
  public static class Counted {
    @Param({"inmemory", "h2", "postgres"})
    public String store = "inmemory";

    @Param({"10000"})
    public int pupils = 10_000;

    @Param({"100000"})
    public int rows = 100_000;

    // Set by @Setup before any benchmark method runs.
    @SuppressWarnings("NullAway.Init")
    City city;
    @SuppressWarnings("NullAway.Init")
    Stores.Loaded loaded;

    /** Loads the city. */
    @Setup(Level.Trial)
    public void load() {
      city = City.generate(42, pupils);
      loaded = Stores.load(store, city);
    }

    /** Counts {@code rows} views, each of another parent, child or day. */
    @Setup(Level.Invocation)
    public void countViews() {
      int counted = 0;
      while (counted < rows) {
        for (City.Question q : city.parents) {
          if (counted == rows) {
            break;
          }
          if (loaded.access().decide(q.citizen(), q.pupil()).isAllowed()) {
            counted++;
          }
        }
        loaded.clock().advance(Duration.ofDays(1));
      }
    }
  }

  /**
   * Writes the 100,000 rows counted: what {@code DiaryAccess.close()} and housekeeping do.
   *
   * @param counted the library holding the counts
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public void flush100k(Counted counted) {
    counted.loaded.access().close();
  }
}
