package org.diaryaccess.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.history.ViewCounter;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
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
 * with it off, on each store; the count alone, among 10,000 and a million open counters; and the
 * write of 100,000 distinct rows — one per parent, child and day — as housekeeping or close makes it.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class AccessHistoryBenchmark {
  /**
   * A city on a store, and the library wired on it twice — the history on and off — so that a run
   * without forks ({@code -f 0}) can alternate the two on one loaded store, and the machine's drift
   * from minute to minute falls on both alike: {@code -p history=on,off,on,off,on,off}.
   */
  @State(Scope.Benchmark)
  public static class Recording {
    @Param({"inmemory", "h2", "postgres"})
    public String store = "inmemory";

    @Param({"10000"})
    public int pupils = 10_000;

    @Param({"on", "off"})
    public String history = "on";

    /** The stores loaded in this JVM, each with its two libraries. */
    private static final Map<String, Recording> LOADED = new ConcurrentHashMap<>();

    // Set by @Setup before any benchmark method runs.
    @SuppressWarnings("NullAway.Init")
    DiaryAccess access;
    @SuppressWarnings("NullAway.Init")
    DiaryAccess on;
    @SuppressWarnings("NullAway.Init")
    DiaryAccess off;
    @SuppressWarnings("NullAway.Init")
    City city;

    /** Loads the city once per store in this JVM, and picks the library of this trial. */
    @Setup(Level.Trial)
    public void load() {
      Recording loaded = LOADED.computeIfAbsent(store + "/" + pupils, key -> {
        Recording fresh = new Recording();
        fresh.city = City.generate(42, pupils);
        Stores.Loaded both = Stores.load(store, fresh.city);
        fresh.on = both.access();
        fresh.off = Stores.access(both.store(), both.clock(),
            AccessSettings.defaults().withAccessHistoryRetention(Duration.ZERO));
        return fresh;
      });
      city = loaded.city;
      access = history.equals("on") ? loaded.on : loaded.off;
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
    City.Question q = City.draw(city.city.parents);
    return city.access.decide(q.citizen(), q.pupil(), DiarySection.GRADES).isAllowed();
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

  /** A counter holding {@code keys} open counters, each of another viewer and pupil, as a day's views leave it. */
  @State(Scope.Benchmark)
  public static class Counters {
    @Param({"10000", "1000000"})
    public int keys = 10_000;

    // Set by @Setup before any benchmark method runs.
    @SuppressWarnings("NullAway.Init")
    ViewCounter counter;
    @SuppressWarnings("NullAway.Init")
    CitizenId[] viewers;
    @SuppressWarnings("NullAway.Init")
    PupilRecordId[] pupils;
    final Instant at = City.NOW;
    final Basis basis = Basis.legalRepresentative();

    /** Opens every counter once. */
    @Setup(Level.Trial)
    public void open() {
      counter = new ViewCounter(ZoneId.of("Europe/Moscow"));
      viewers = new CitizenId[keys];
      pupils = new PupilRecordId[keys];
      java.util.Random random = new java.util.Random(42);
      for (int i = 0; i < keys; i++) {
        viewers[i] = CitizenId.of(new java.util.UUID(random.nextLong(), random.nextLong()).toString());
        pupils[i] = PupilRecordId.of(new java.util.UUID(random.nextLong(), random.nextLong()).toString());
        counter.count(viewers[i], pupils[i], basis, DiarySection.GRADES, at);
      }
    }
  }

  /**
   * What the history adds to an allowed decision, alone: one count on a counter already open, of a
   * viewer and pupil drawn at random — the part of {@link #parentAllowed} with the history on that
   * the same decision with it off does not do.
   *
   * @param open the open counters
   * @return the number of counters, so that nothing is optimised away
   */
  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int countOne(Counters open) {
    int k = ThreadLocalRandom.current().nextInt(open.keys);
    open.counter.count(open.viewers[k], open.pupils[k], open.basis, DiarySection.GRADES, open.at);
    return open.counter.size();
  }
}
