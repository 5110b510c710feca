package org.diaryaccess.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the decision on every store beside its floor and its peer, and prints the side-by-side
 * table of docs/PERFORMANCE.md: ours, the floor, the peer, the ratios, p50 and p99, and the load
 * average when each size was measured.
 *
 * <pre>
 * SideBySide [--threads N] [--quick | --smoke] [--import] [--stores inmemory,h2,postgres]
 *     [--postgres-cpus LIST] pupils...
 * </pre>
 *
 * <p>Each benchmark runs in a forked JVM, except at a hundred thousand pupils and more: those
 * cities are loaded once into this JVM and shared (give it the heap), as loading them into a
 * database for every fork would take longer than the measuring; a size's cities are let go when
 * the next size loads. The tables are printed as they stand after each size. Peers are asked with
 * one thread only.
 * With {@code --import}, the night's import on every store and PostgreSQL's {@code COPY} of the
 * same register are measured too, and a second table compares them. {@code --stores} measures
 * only the stores named (a JVM that runs one store's path alone compiles it alone). On a
 * database the floor is {@code SELECT 1}, with its p99 beside it, and the least a read of a row
 * costs is measured too: one citizen's row by its primary key ({@code FloorBenchmark.primaryKeyRead}).
 * Beside them, the floor of the other design a decision could have — the match precomputed at
 * write time, one answer per (citizen, pupil) pair read by one look-up ({@code
 * FloorBenchmark.precomputedPair} in memory, {@code precomputedRow} on a database, {@link
 * PrecomputedRows}) — so that what it would give is measured in the same run.
 * {@code --postgres-cpus 1} pins PostgreSQL's processes to those processors ({@code taskset}'s
 * list); run the command itself under {@code taskset -c 0} to keep the benchmark off them.
 * {@code --smoke} runs everything once, briefly and in this JVM: it proves the command works, and
 * measures nothing.
 */
public final class SideBySide {
  private static final List<String> STORES = List.of("inmemory", "h2", "postgres");
  private static final List<String> QUESTIONS = List.of("parentAllowed", "trustedPersonAllowed", "strangerDenied");
  /** Each question's kind, as the precomputed rows' benchmark names it. */
  private static final Map<String, String> KIND = Map.of("parentAllowed", "parent", "trustedPersonAllowed", "trusted",
      "strangerDenied", "stranger");
  private static final Map<String, String> PEER = Map.of("inmemory", "jcasbin", "h2", "spring-acl-h2-indexed",
      "postgres", "spring-acl-postgres-indexed");
  private static final int IN_THIS_JVM = 100_000;
  private static final int WITHOUT_SPRING_ACL = 1_000_000;

  private SideBySide() {}

  /**
   * Runs and prints.
   *
   * @param args {@code --threads N}, {@code --quick} (shorter iterations), {@code --import}, then the
   *     city sizes
   * @throws RunnerException if a benchmark fails
   */
  public static void main(String[] args) throws RunnerException {
    int threads = 1;
    boolean quick = false;
    boolean smoke = false;
    String postgresCpus = null;
    boolean imports = false;
    List<String> stores = STORES;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--quick" -> quick = true;
        case "--smoke" -> smoke = true;
        case "--postgres-cpus" -> postgresCpus = args[++i];
        case "--import" -> imports = true;
        case "--stores" -> stores = List.of(args[++i].split(","));
        default -> sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000);
    }
    if (smoke) {
      // A run that measures nothing need not keep other runs off the machine (JMH's lock file).
      System.setProperty("jmh.ignoreLock", "true");
    }
    if (postgresCpus != null) {
      // For a run in this JVM (no forks); each fork is told below.
      System.setProperty(Stores.POSTGRES_CPUS, postgresCpus);
    }
    StringBuilder table = new StringBuilder();
    table.append(String.format("%nDecide, %d thread(s), %d cores%s%s%n%n", threads,
        Runtime.getRuntime().availableProcessors(), postgresCpus == null ? "" : ", PostgreSQL on CPU " + postgresCpus,
        smoke ? " (--smoke: a proof that it runs, not a measurement)" : ""));
    table.append("| pupils | store | question | ours | p50 / p99 | floor | floor's p99 | ours ÷ floor "
        + "| row read | ours ÷ row read | precomputed | ours ÷ precomputed | peer | ours ÷ peer | load average |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    StringBuilder importTable = new StringBuilder(String.format("%nThe night's import, 1 %% of records changed, "
        + "against COPY of the whole register on PostgreSQL%n%n| pupils | store | import | COPY | import ÷ COPY "
        + "| load average |%n|---|---|---|---|---|---|%n"));
    for (int pupils : sizes) {
      ChainedOptionsBuilder options = options(pupils, threads, quick, smoke, stores);
      if (postgresCpus != null) {
        // Prepended, as the benchmarks append their heap.
        options.jvmArgsPrepend("-D" + Stores.POSTGRES_CPUS + "=" + postgresCpus);
      }
      if (imports) {
        options.include(ImportBenchmark.class.getName() + "\\.").include(CopyFloorBenchmark.class.getName() + "\\.");
      }
      Collection<RunResult> results = new Runner(options.build()).run();
      String load = loadAverage();
      if (imports) {
        Statistics copy = find(results, "copyRegister", null, Mode.SingleShotTime);
        for (String store : stores) {
          Statistics night = find(results, "nightImport", store, Mode.SingleShotTime);
          if (night != null && copy != null) {
            importTable.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %.2f× | %s |%n", pupils, store,
                micros(night.getMean()), micros(copy.getMean()), night.getMean() / copy.getMean(), load));
          }
        }
      }
      for (String store : stores) {
        String floorName = store.equals("inmemory") ? "packedIndex" : "selectOne";
        String floorStore = store.equals("inmemory") ? null : store;
        Statistics floor = find(results, floorName, floorStore, Mode.Throughput);
        Statistics floorSampled = find(results, floorName, floorStore, Mode.SampleTime);
        Statistics row = floorStore == null ? null : find(results, "primaryKeyRead", floorStore, Mode.Throughput);
        for (String question : QUESTIONS) {
          Statistics precomputed = floorStore == null ? find(results, "precomputedPair", null, Mode.Throughput)
              : find(results, "precomputedRow", floorStore, KIND.get(question), Mode.Throughput);
          Statistics ours = find(results, "DecideBenchmark." + question, store, Mode.Throughput);
          Statistics sampled = find(results, "DecideBenchmark." + question, store, Mode.SampleTime);
          String peerName = PEER.get(store);
          Statistics peer = threads == 1 ? find(results, "PeersBenchmark." + question, peerName, Mode.Throughput) : null;
          if (ours == null || sampled == null) {
            continue;
          }
          double oursRate = rate(ours);
          table.append(String.format(Locale.ROOT,
              "| %,d | %s | %s | %s | %s / %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
              pupils, store, question, perSecond(oursRate), micros(sampled.getPercentile(50)),
              micros(sampled.getPercentile(99)), floor == null ? "—" : perSecond(rate(floor)),
              floorSampled == null ? "—" : micros(floorSampled.getPercentile(99)), ratio(oursRate, floor),
              row == null ? "—" : perSecond(rate(row)), ratio(oursRate, row),
              precomputed == null ? "—" : perSecond(rate(precomputed)), ratio(oursRate, precomputed),
              peer == null ? "—" : peerName + " " + perSecond(rate(peer)), ratio(oursRate, peer), load));
        }
      }
      // The tables as they stand after each size: a long run stopped later keeps what it measured.
      System.out.println(table);
      if (imports) {
        System.out.println(importTable);
      }
    }
  }

  private static ChainedOptionsBuilder options(int pupils, int threads, boolean quick, boolean smoke,
      List<String> stores) {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(DecideBenchmark.class.getName() + "\\.")
        .param("pupils", String.valueOf(pupils))
        .timeUnit(TimeUnit.MICROSECONDS)
        .threads(threads)
        .shouldFailOnError(true);
    if (!stores.equals(STORES)) {
      options.param("store", stores.toArray(String[]::new));
    }
    if (stores.contains("inmemory")) {
      options.include(FloorBenchmark.class.getName() + "\\.packedIndex")
          .include(FloorBenchmark.class.getName() + "\\.precomputedPair$");
    }
    if (stores.contains("h2") || stores.contains("postgres")) {
      options.include(FloorBenchmark.class.getName() + "\\.selectOne")
          .include(FloorBenchmark.class.getName() + "\\.primaryKeyRead")
          .include(FloorBenchmark.class.getName() + "\\.precomputedRow");
    }
    if (threads == 1) {
      // Spring ACL holds one ACL per child in its tables: at a million it is left out (jCasbin stays).
      String[] peers = stores.stream().filter(store -> pupils < WITHOUT_SPRING_ACL || store.equals("inmemory"))
          .map(PEER::get).toArray(String[]::new);
      if (peers.length > 0) {
        options.include(PeersBenchmark.class.getName() + "\\.").param("peer", peers);
      }
    }
    if (pupils >= IN_THIS_JVM || smoke) {
      options.forks(0);
    }
    if (smoke) {
      options.warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
    }
    if (quick) {
      options.warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
          .measurementTime(TimeValue.seconds(2));
    }
    return options;
  }

  /**
   * The result of a benchmark whose name ends so, on the store or peer given (or any, if null), in
   * a mode: rates come from throughput runs, percentiles from sampled ones (whose mean, for calls
   * under a microsecond, carries the timer's own cost).
   */
  private static @Nullable Statistics find(Collection<RunResult> results, String benchmark, @Nullable String param,
      Mode mode) {
    return find(results, benchmark, param, null, mode);
  }

  /** As above, for the question's kind given (or any, if null). */
  private static @Nullable Statistics find(Collection<RunResult> results, String benchmark, @Nullable String param,
      @Nullable String question, Mode mode) {
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String store = result.getParams().getParam("store");
      String peer = result.getParams().getParam("peer");
      if (result.getParams().getMode() == mode && name.endsWith(benchmark)
          && (param == null || param.equals(store) || param.equals(peer))
          && (question == null || question.equals(result.getParams().getParam("question")))) {
        return result.getPrimaryResult().getStatistics();
      }
    }
    return null;
  }

  /** Ours as a multiple of another rate, or a dash where that was not measured. */
  private static String ratio(double ours, @Nullable Statistics other) {
    return other == null ? "—" : String.format(Locale.ROOT, "%.2f×", ours / rate(other));
  }

  /** Operations per second, all threads together, from a throughput run in operations per microsecond. */
  private static double rate(Statistics throughput) {
    return throughput.getMean() * 1_000_000;
  }

  private static String perSecond(double rate) {
    return rate >= 1_000_000 ? String.format(Locale.ROOT, "%.2f M/s", rate / 1_000_000)
        : rate >= 1_000 ? String.format(Locale.ROOT, "%.1f k/s", rate / 1_000)
        : String.format(Locale.ROOT, "%.0f /s", rate);
  }

  private static String micros(double value) {
    return value >= 1_000 ? String.format(Locale.ROOT, "%.2f ms", value / 1_000)
        : value >= 10 ? String.format(Locale.ROOT, "%.0f µs", value) : String.format(Locale.ROOT, "%.1f µs", value);
  }

  /** The one-minute load average, if the system tells it. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "—";
    }
  }
}
