package org.diaryaccess.benchmarks;

import java.util.concurrent.TimeUnit;
import org.diaryaccess.spi.paging.PageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The two lists built on decisions: a parent's home page, and who can see a child. */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class ListsBenchmark {

  /**
   * The diaries a parent sees on her home page.
   *
   * @param city the loaded city
   * @return how many
   */
  @Benchmark
  public int visibleDiaries(LoadedCity city) {
    return city.access.visibleDiaries(City.draw(city.city.parents).citizen(), PageRequest.first()).items().size();
  }

  /**
   * Everyone who can see a child, asked by the child's parent.
   *
   * @param city the loaded city
   * @return how many
   */
  @Benchmark
  public int whoCanSee(LoadedCity city) {
    City.Question q = City.draw(city.city.parents);
    return city.access.whoCanSee(q.citizen(), q.pupil(), PageRequest.first()).items().size();
  }
}
