package org.diaryaccess.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
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

/** The peers asked {@link DecideBenchmark}'s questions, on the same city. */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class PeersBenchmark {

  /** The city, held by one peer. */
  @State(Scope.Benchmark)
  public static class PeerCity {
    @Param({"jcasbin", "spring-acl-h2", "spring-acl-h2-indexed", "spring-acl-h2-cached", "spring-acl-postgres",
        "spring-acl-postgres-indexed"})
    public String peer = "jcasbin";

    @Param({"10000"})
    public int pupils = 10_000;

    @SuppressWarnings("NullAway.Init")
    City city;
    @SuppressWarnings("NullAway.Init")
    BiPredicate<CitizenId, PupilRecordId> mayRead;
    private int next;

    /** Builds the city and loads it into the peer. */
    @Setup(Level.Trial)
    public void load() {
      city = City.of(pupils);
      mayRead = Peers.load(peer, city);
    }

    boolean ask(List<City.Question> questions) {
      next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
      City.Question q = questions.get(next % questions.size());
      return mayRead.test(q.citizen(), q.pupil());
    }
  }

  /**
   * A parent: allowed.
   *
   * @param peer the peer
   * @return whether allowed
   */
  @Benchmark
  public boolean parentAllowed(PeerCity peer) {
    return peer.ask(peer.city.parents);
  }

  /**
   * A trusted person: allowed.
   *
   * @param peer the peer
   * @return whether allowed
   */
  @Benchmark
  public boolean trustedPersonAllowed(PeerCity peer) {
    return peer.ask(peer.city.trusted);
  }

  /**
   * Another family's parent: denied.
   *
   * @param peer the peer
   * @return whether allowed
   */
  @Benchmark
  public boolean strangerDenied(PeerCity peer) {
    return peer.ask(peer.city.strangers);
  }
}
