package org.diaryaccess.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.model.PageRequest;
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

/** The two lists built on decisions: a parent's home page, and who can see a child. */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ListsBenchmark {
  @Param({"inmemory", "h2", "postgres"})
  public String store = "inmemory";

  @Param({"10000"})
  public int pupils = 10_000;

  // Set by JMH's @Setup before any benchmark method runs.
  @SuppressWarnings("NullAway.Init")
  private DiaryAccess access;
  @SuppressWarnings("NullAway.Init")
  private List<City.Question> parents;
  private int next;

  /** Builds the city and loads it, once per trial. */
  @Setup(Level.Trial)
  public void load() {
    City city = City.generate(42, pupils);
    access = Stores.load(store, city);
    parents = city.parents;
  }

  private City.Question pick() {
    next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
    return parents.get(next % parents.size());
  }

  /** The diaries a parent sees on her home page. */
  @Benchmark
  public int visibleDiaries() {
    return access.visibleDiaries(pick().citizen(), PageRequest.first()).items().size();
  }

  /** Everyone who can see a child, asked by the child's parent. */
  @Benchmark
  public int whoCanSee() {
    City.Question q = pick();
    return access.whoCanSee(q.citizen(), q.pupil(), PageRequest.first()).items().size();
  }
}
