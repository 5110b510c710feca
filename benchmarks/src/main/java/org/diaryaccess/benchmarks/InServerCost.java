package org.diaryaccess.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.spi.AccessFacts;
import org.jspecify.annotations.Nullable;

/**
 * What a statement costs inside PostgreSQL, without the round trip: each statement runs a
 * number of times in a PL/pgSQL loop on the loaded city, each time for another question, as
 * static SQL — so its plan is cached as a server-side prepared statement's is — and the loop's
 * time is divided by its count. The loop's own cost is in every figure; {@code SELECT 1} shows
 * it.
 *
 * <p>The decision's statements are not copied here: they are caught at the driver, as the store
 * prepares them, with the values it binds, and each value is traced back to the question (the
 * citizen's id, the pupil's, or the grant's live key made of both).
 *
 * <pre>
 * InServerCost [pupils] [loops]
 * </pre>
 */
public final class InServerCost {
  private static final char LIVE_KEY_SEPARATOR = '\u001f';
  /** The loop's variables a statement's parameters become: no table alias or column is named {@code v_...}. */
  private static final String CITIZEN = "v_citizen";
  private static final String PUPIL = "v_pupil";
  private static final String LIVE_KEY = "v_live_key";

  /**
   * How the server plans a statement it has prepared: as it chooses (a plan for the values given
   * at first, a generic one once that seems no worse), or always the generic plan, planned once.
   */
  private static final String DECISION = "the decision (`decisionFacts`)";
  private static final String PRECOMPUTED = "the precomputed pair's row (a floor)";

  private static final List<String> PLAN_CACHE_MODES = List.of("auto", "force_generic_plan");

  private InServerCost() {}

  /**
   * Measures and prints a table in microseconds per statement, and the decision's plan.
   *
   * @param args the city's size (10,000 by default) and the loop's count (20,000 by default)
   * @throws SQLException if the database fails
   */
  public static void main(String[] args) throws SQLException {
    int pupils = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int loops = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    System.out.println(table(pupils, loops));
  }

  /**
   * Measures.
   *
   * @param pupils the city's size
   * @param loops how many times each statement runs for each kind of question
   * @return the table, and the decision's plan
   * @throws SQLException if the database fails
   */
  static String table(int pupils, int loops) throws SQLException {
    LoadedCity city = LoadedCity.obtain("postgres", pupils);
    DataSource dataSource = city.database();
    City.Question sample = city.city.trusted.get(0);
    Map<String, Caught> statements = new LinkedHashMap<>();
    statements.put("`SELECT 1`", new Caught("SELECT 1", List.of()));
    statements.put("a citizen's row by primary key", new Caught(FloorBenchmark.PRIMARY_KEY_READ, List.of(CITIZEN)));
    statements.put(DECISION, caught(dataSource, sample,
        facts -> facts.decisionFacts(sample.citizen(), sample.pupil())));
    statements.put("the wide facts (`load`)", caught(dataSource, sample,
        facts -> facts.load(sample.citizen(), sample.pupil())));
    PrecomputedRows.makeIn(dataSource);
    statements.put(PRECOMPUTED, new Caught(PrecomputedRows.QUERY, List.of(PUPIL, CITIZEN)));

    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%nInside PostgreSQL, %,d pupils, µs per statement (a PL/pgSQL loop of %,d)%n%n"
            + "| statement | plans | parent | trusted | stranger |%n|---|---|---|---|---|%n", pupils, loops));
    try (Connection c = dataSource.getConnection()) {
      for (Map.Entry<String, Caught> statement : statements.entrySet()) {
        for (String plans : PLAN_CACHE_MODES) {
          try (Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = " + plans);
          }
          table.append("| ").append(statement.getKey()).append(" | ").append(plans);
          for (String kind : City.KINDS) {
            double micros = inServer(c, statement.getValue(), city.city.ofKind(kind), loops);
            table.append(String.format(Locale.ROOT, " | %.1f", micros));
          }
          table.append(" |\n");
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("RESET plan_cache_mode");
      }
      // Where a decision's time goes, for one trusted person's question; and the precomputed floor's.
      table.append(String.format("%nThe decision's plan, for one trusted person%n%n"));
      explain(c, Objects.requireNonNull(statements.get(DECISION)), sample, table);
      table.append(String.format("%nThe precomputed pair's plan, for the same question%n%n"));
      explain(c, Objects.requireNonNull(statements.get(PRECOMPUTED)), sample, table);
    }
    return table.toString();
  }

  /** A statement as prepared, with the loop's variable each of its parameters is. */
  private record Caught(String sql, List<String> parameters) {}

  /** Catches the one statement a read prepares, on a store over the same database. */
  private static Caught caught(DataSource dataSource, City.Question sample, Consumer<AccessFacts> read) {
    Recorder recorder = new Recorder();
    read.accept(JdbcStore.on(recorder.wrap(dataSource)).accessFacts());
    if (recorder.sql.size() != 1) {
      throw new IllegalStateException("a read prepared " + recorder.sql.size() + " statements, not one");
    }
    List<String> parameters = new ArrayList<>();
    for (String value : recorder.values) {
      parameters.add(List.of(CITIZEN, PUPIL, LIVE_KEY).stream().filter(v -> valueOf(v, sample).equals(value))
          .findFirst().orElseThrow(() -> new IllegalStateException("a parameter the question does not explain")));
    }
    return new Caught(recorder.sql.get(0), parameters);
  }

  /** What a loop variable holds for a question: the PL/pgSQL loop computes the same. */
  private static String valueOf(String variable, City.Question q) {
    return switch (variable) {
      case CITIZEN -> q.citizen().value();
      case PUPIL -> q.pupil().value();
      case LIVE_KEY -> q.citizen().value() + LIVE_KEY_SEPARATOR + q.pupil().value();
      default -> throw new IllegalArgumentException("no loop variable " + variable);
    };
  }

  /** Runs the statement {@code loops} times inside the server; microseconds per run. */
  private static double inServer(Connection c, Caught statement, List<City.Question> questions, int loops)
      throws SQLException {
    StringBuilder body = new StringBuilder();
    int parameter = 0;
    for (char ch : statement.sql().toCharArray()) {
      body.append(ch == '?' ? statement.parameters().get(parameter++) : String.valueOf(ch));
    }
    String function = "CREATE OR REPLACE FUNCTION pg_temp.da_cost(v_citizens text[], v_pupils text[], v_n int) "
        + "RETURNS double precision LANGUAGE plpgsql AS $f$ "
        + "DECLARE v_t0 timestamptz; v_m int := array_length(v_citizens, 1); v_citizen text; v_pupil text; "
        + "v_live_key text; v_row record; "
        + "BEGIN v_t0 := clock_timestamp(); "
        + "FOR v_i IN 1..v_n LOOP "
        + "v_citizen := v_citizens[1 + (v_i * 7919) % v_m]; v_pupil := v_pupils[1 + (v_i * 7919) % v_m]; "
        + "v_live_key := v_citizen || chr(31) || v_pupil; "
        + "FOR v_row IN " + body + " LOOP END LOOP; "
        + "END LOOP; "
        + "RETURN extract(epoch FROM clock_timestamp() - v_t0) * 1000000 / v_n; END $f$";
    try (Statement s = c.createStatement()) {
      s.execute(function);
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_temp.da_cost(?, ?, ?)")) {
      ps.setArray(1, c.createArrayOf("text", questions.stream().map(q -> q.citizen().value()).toArray()));
      ps.setArray(2, c.createArrayOf("text", questions.stream().map(q -> q.pupil().value()).toArray()));
      // A first run to warm the plan and the buffers, then the one measured.
      ps.setInt(3, Math.max(1, loops / 10));
      run(ps);
      ps.setInt(3, loops);
      return run(ps);
    }
  }

  /** Appends the statement's plan, as run for one question, with each node's time. */
  private static void explain(Connection c, Caught statement, City.Question q, StringBuilder out)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + statement.sql())) {
      for (int i = 0; i < statement.parameters().size(); i++) {
        ps.setString(i + 1, valueOf(statement.parameters().get(i), q));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.append("    ").append(rs.getString(1)).append('\n');
        }
      }
    }
  }

  private static double run(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getDouble(1);
    }
  }

  /** A data source whose connections note every statement prepared and every text bound. */
  private static final class Recorder {
    final List<String> sql = new ArrayList<>();
    final List<String> values = new ArrayList<>();

    DataSource wrap(DataSource target) {
      return proxy(DataSource.class, target, (method, result, args) -> result instanceof Connection connection
          ? proxy(Connection.class, connection, this::onConnection) : result);
    }

    private @Nullable Object onConnection(Method method, @Nullable Object result, Object[] args) {
      if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
        sql.add((String) args[0]);
        return proxy(PreparedStatement.class, statement, (m, r, a) -> {
          if (m.getName().equals("setString") && a[1] != null) {
            values.add((String) a[1]);
          }
          return r;
        });
      }
      return result;
    }

    /** What to return instead of a call's result. */
    private interface After {
      @Nullable Object apply(Method method, @Nullable Object result, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
      InvocationHandler handler = (self, method, args) -> {
        Object[] given = args == null ? new Object[0] : args;
        try {
          return after.apply(method, method.invoke(target, given), given);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
  }
}
