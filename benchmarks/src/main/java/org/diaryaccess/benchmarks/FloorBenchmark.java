package org.diaryaccess.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;
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
 * The floors under every decision. On a database: a pooled connection, one prepared
 * {@code SELECT 1} — no store can answer faster — and one citizen's row read by its primary key
 * on the loaded city, the least any answer that reads a row costs. In memory: a packed hash index
 * of the allowed (citizen, pupil) pairs, precomputed — what a decision would cost if it only
 * looked up an answer made in advance, with none of the rules' freshness; and the same answers in
 * a concurrent hash map keyed by the two ids, as a (citizen, pupil) → basis table kept at write
 * time would hold them; on a database, the same table as rows beside the loaded city ({@link
 * PrecomputedRows}). A decision's distance from its floor is the library's own cost.
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

  /** The city loaded into a database, shared with the decisions measured in the same JVM. */
  @State(Scope.Benchmark)
  public static class CityDatabase {
    @Param({"h2", "postgres"})
    public String store = "h2";

    @Param({"10000"})
    public int pupils = 10_000;

    @SuppressWarnings("NullAway.Init")
    DataSource dataSource;
    @SuppressWarnings("NullAway.Init")
    List<City.Question> parents;

    /** Loads the city, or takes the one this JVM has loaded. */
    @Setup(Level.Trial)
    public void load() {
      LoadedCity city = LoadedCity.obtain(store, pupils);
      dataSource = city.database();
      parents = city.city.parents;
    }
  }

  /**
   * The city loaded into a database with its answers precomputed beside it ({@link
   * PrecomputedRows}), and the questions of one kind.
   */
  @State(Scope.Benchmark)
  public static class PrecomputedDatabase {
    @Param({"h2", "postgres"})
    public String store = "h2";

    @Param({"10000"})
    public int pupils = 10_000;

    @Param({"parent", "trusted", "stranger"})
    public String question = "parent";

    @SuppressWarnings("NullAway.Init")
    DataSource dataSource;
    @SuppressWarnings("NullAway.Init")
    List<City.Question> questions;

    /** Loads the city, or takes the one this JVM has loaded, and precomputes its answers. */
    @Setup(Level.Trial)
    public void load() {
      LoadedCity city = LoadedCity.obtain(store, pupils);
      dataSource = city.database();
      PrecomputedRows.makeIn(dataSource);
      questions = city.city.ofKind(question);
    }
  }

  /** The city's allowed pairs in an open-addressing table of longs: the in-memory floor. */
  @State(Scope.Benchmark)
  public static class PackedIndex {
    @Param({"10000"})
    public int pupils = 10_000;

    @SuppressWarnings("NullAway.Init")
    long[] table;
    @SuppressWarnings("NullAway.Init")
    List<City.Question> questions;
    int mask;

    /** Packs the parents' and trusted persons' pairs. */
    @Setup(Level.Trial)
    public void build() {
      City city = City.of(pupils);
      List<City.Question> allowed = new ArrayList<>(city.parents);
      allowed.addAll(city.trusted);
      int size = Integer.highestOneBit(allowed.size() * 4 - 1) << 1;
      table = new long[size];
      mask = size - 1;
      for (City.Question q : allowed) {
        long key = key(q);
        int slot = slot(key);
        while (table[slot] != 0 && table[slot] != key) {
          slot = (slot + 1) & mask;
        }
        table[slot] = key;
      }
      questions = allowed;
    }

    /** A non-zero key from the two ids' hashes (a collision would only make the floor faster). */
    static long key(City.Question q) {
      return ((long) q.citizen().value().hashCode() << 32 | (q.pupil().value().hashCode() & 0xffffffffL)) | 1L;
    }

    int slot(long key) {
      return (int) (key ^ key >>> 29) * 0x9E3779B9 >>> 7 & mask;
    }

    boolean contains(City.Question q) {
      long key = key(q);
      int slot = slot(key);
      while (table[slot] != 0) {
        if (table[slot] == key) {
          return true;
        }
        slot = (slot + 1) & mask;
      }
      return false;
    }
  }

  /**
   * The city's allowed pairs as a (citizen, pupil) → basis table kept at write time would hold them
   * in memory: a concurrent hash map keyed by the two ids, compared as text, each entry carrying
   * what the rules would still check when asked (a trusted person's sections and the end of the
   * grant) and a day's view count, so that counting needs no look-up of its own.
   */
  @State(Scope.Benchmark)
  public static class PrecomputedPairs {
    @Param({"10000"})
    public int pupils = 10_000;

    final Map<Pair, Answer> table = new ConcurrentHashMap<>();
    @SuppressWarnings("NullAway.Init")
    List<City.Question> questions;

    /** Precomputes the parents' and the trusted persons' answers. */
    @Setup(Level.Trial)
    public void build() {
      City city = City.of(pupils);
      // An answer per pair, as each pair's count would be its own.
      for (City.Question q : city.parents) {
        table.put(new Pair(q.citizen(), q.pupil()), new Answer(null, EnumSet.allOf(DiarySection.class)));
      }
      for (Grant grant : city.grants) {
        table.put(new Pair(grant.trustee(), grant.pupil()), new Answer(grant.endDate(), grant.sections()));
      }
      questions = new ArrayList<>(city.parents);
      questions.addAll(city.trusted);
    }

    /**
     * The answer to a question, as the table gives it.
     *
     * @param q the question
     * @param section the section asked about
     * @param today the day asked on
     * @return the answer allowing it, or {@code null}
     */
    @Nullable Answer allowing(City.Question q, DiarySection section, LocalDate today) {
      Answer answer = table.get(new Pair(q.citizen(), q.pupil()));
      return answer != null && answer.allows(section, today) ? answer : null;
    }
  }

  /** The day the city's questions are asked on. */
  static final LocalDate TODAY = LocalDate.ofInstant(City.NOW, ZoneOffset.UTC);

  /** A precomputed table's key. */
  record Pair(CitizenId citizen, PupilRecordId pupil) {}

  /** A precomputed answer: what is left to check when asked, and the day's views. */
  static final class Answer {
    private static final VarHandle VIEWS;

    static {
      try {
        VIEWS = MethodHandles.lookup().findVarHandle(Answer.class, "views", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final @Nullable LocalDate endDate;
    private final Set<DiarySection> sections;
    // Through VIEWS.
    @SuppressWarnings("unused")
    private volatile long views;

    Answer(@Nullable LocalDate endDate, Set<DiarySection> sections) {
      this.endDate = endDate;
      this.sections = EnumSet.copyOf(sections);
    }

    boolean allows(DiarySection section, LocalDate today) {
      return (endDate == null || !today.isAfter(endDate)) && sections.contains(section);
    }

    void count() {
      VIEWS.getAndAdd(this, 1L);
    }
  }

  /**
   * A precomputed answer looked up by the two ids, for a random allowed pair: the floor of a
   * decision that reads a (citizen, pupil) → basis table.
   *
   * @param pairs the precomputed table
   * @return whether allowed
   */
  @Benchmark
  public boolean precomputedPair(PrecomputedPairs pairs) {
    City.Question q = City.draw(pairs.questions);
    return pairs.allowing(q, DiarySection.GRADES, TODAY) != null;
  }

  /**
   * The same, the view counted on the answer's own entry, as the access history would if its
   * counters lived in the table.
   *
   * @param pairs the precomputed table
   * @return whether allowed
   */
  @Benchmark
  public boolean precomputedPairCounted(PrecomputedPairs pairs) {
    City.Question q = City.draw(pairs.questions);
    Answer answer = pairs.allowing(q, DiarySection.GRADES, TODAY);
    if (answer == null) {
      return false;
    }
    answer.count();
    return true;
  }

  /**
   * A precomputed answer looked up, for a random allowed pair.
   *
   * @param index the packed index
   * @return whether allowed
   */
  @Benchmark
  public boolean packedIndex(PackedIndex index) {
    return index.contains(City.draw(index.questions));
  }

  /**
   * A question answered from the precomputed rows of a database: the floor of a decision that
   * reads a (citizen, pupil) → basis table kept at write time.
   *
   * @param database the loaded city with its answers precomputed
   * @return the answer
   * @throws SQLException never, on a healthy database
   */
  @Benchmark
  public PrecomputedRows.Answer precomputedRow(PrecomputedDatabase database) throws SQLException {
    City.Question q = City.draw(database.questions);
    return PrecomputedRows.answer(database.dataSource, q.citizen(), q.pupil(), DiarySection.GRADES, TODAY);
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

  /** One citizen's row by its primary key: every column the registry holds. */
  static final String PRIMARY_KEY_READ = "SELECT c.* FROM da_citizen c WHERE c.id = ?";

  /**
   * One citizen's row read by its primary key, on a connection from the pool: the least a
   * decision that reads a row can cost.
   *
   * @param database the loaded city
   * @return the row's e-mail column, read
   * @throws SQLException never, on a healthy database
   */
  @Benchmark
  public @Nullable String primaryKeyRead(CityDatabase database) throws SQLException {
    City.Question q = City.draw(database.parents);
    try (Connection c = database.dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(PRIMARY_KEY_READ)) {
      ps.setString(1, q.citizen().value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString("email_norm") : null;
      }
    }
  }
}
