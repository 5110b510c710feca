package org.diaryaccess.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.core.DiaryAccess;
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
 * The question asked on every diary page view, on each store: a parent let in, a trusted person
 * let in, a stranger kept out. Each call asks about a different family, walking the city's
 * questions in a fixed, shuffled-by-construction order.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class DecideBenchmark {
  @Param({"inmemory", "h2", "postgres"})
  public String store = "inmemory";

  @Param({"10000"})
  public int pupils = 10_000;

  // Set by JMH's @Setup before any benchmark method runs.
  @SuppressWarnings("NullAway.Init")
  private DiaryAccess access;
  @SuppressWarnings("NullAway.Init")
  private List<City.Question> parents;
  @SuppressWarnings("NullAway.Init")
  private List<City.Question> trusted;
  @SuppressWarnings("NullAway.Init")
  private List<City.Question> strangers;
  private int next;

  /** Builds the city and loads it, once per trial. */
  @Setup(Level.Trial)
  public void load() {
    City city = City.generate(42, pupils);
    access = Stores.load(store, city);
    parents = city.parents;
    trusted = city.trusted;
    strangers = city.strangers;
  }

  private City.Question pick(List<City.Question> questions) {
    next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
    return questions.get(next % questions.size());
  }

  /** A legal representative opens the diary: allowed. */
  @Benchmark
  public boolean parentAllowed() {
    City.Question q = pick(parents);
    return access.decide(q.citizen(), q.pupil()).isAllowed();
  }

  /** A trusted person opens the diary: allowed. */
  @Benchmark
  public boolean trustedPersonAllowed() {
    City.Question q = pick(trusted);
    return access.decide(q.citizen(), q.pupil()).isAllowed();
  }

  /** Another family's parent opens the diary: denied. */
  @Benchmark
  public boolean strangerDenied() {
    City.Question q = pick(strangers);
    return access.decide(q.citizen(), q.pupil()).isAllowed();
  }
}
