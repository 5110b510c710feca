package org.diaryaccess.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * The floor under every decision on a database: a pooled connection, one prepared {@code SELECT 1}.
 * No store can answer faster than this; a decision's distance from it is the library's own cost.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class FloorBenchmark {

  /** An empty database of each kind, pooled as the stores are. */
  @State(Scope.Benchmark)
  public static class Database {
    @Param({"h2", "postgres"})
    public String store = "h2";

    @SuppressWarnings("NullAway.Init")
    DataSource dataSource;

    /** Starts the database. */
    @Setup(Level.Trial)
    public void start() {
      dataSource = Stores.emptyDatabase(store);
    }
  }

  /**
   * {@code SELECT 1} on a connection from the pool.
   *
   * @param database the database
   * @return 1
   * @throws SQLException never, on a healthy database
   */
  @Benchmark
  public int selectOne(Database database) throws SQLException {
    try (Connection c = database.dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
