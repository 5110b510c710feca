package org.diaryaccess.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Proves each benchmark works, at a tiny city, in this JVM: the build runs this, never the real
 * measurements (which need forks with -Xms = -Xmx and -XX:+AlwaysPreTouch).
 */
class BenchmarksSmokeTest {

  @Test
  void theCityIsTheSameForTheSameSeedAndHasItsShape() {
    City a = City.generate(42, 2_000);
    City b = City.generate(42, 2_000);
    assertThat(a.citizens).isEqualTo(b.citizens);
    assertThat(a.records).isEqualTo(b.records);
    assertThat(a.grants).isEqualTo(b.grants);
    // 1-3 representatives per pupil: about 4,000 parents; ~5 % mismatched; ~10 % families trusted.
    assertThat(a.invitations).isEqualTo(b.invitations);
    assertThat(a.citizens.size() - a.grants.size() - a.guests.size()).isBetween(3_600, 4_400);
    assertThat(a.invitations).extracting(Invitation::state).containsAll(EnumSet.allOf(InvitationState.class));
    double trustedFamilies = a.trusted.stream().map(City.Question::pupil).distinct().count() / 2_000.0;
    assertThat(trustedFamilies).isBetween(0.07, 0.13);
    assertThat(a.parents.size() / 2_000.0).isBetween(0.92, 0.98);
  }

  @Test
  void theCityAnswersAsItWasBuiltTo() {
    City city = City.generate(7, 300);
    for (String store : new String[] {"inmemory", "h2", "postgres"}) {
      DiaryAccess access = Stores.load(store, city).access();
      assertThat(city.parents).allSatisfy(q -> assertThat(access.decide(q.citizen(), q.pupil()).isAllowed()).isTrue());
      assertThat(city.trusted).allSatisfy(q -> assertThat(access.decide(q.citizen(), q.pupil()).isAllowed()).isTrue());
      assertThat(city.strangers).allSatisfy(q -> assertThat(access.decide(q.citizen(), q.pupil()).isAllowed()).isFalse());
    }
  }

  @Test
  void thePeersGiveTheSameAnswersOnTheSameCity() {
    City city = City.generate(7, 300);
    for (String peer : new String[] {"jcasbin", "spring-acl-h2", "spring-acl-h2-indexed", "spring-acl-h2-cached",
        "spring-acl-postgres", "spring-acl-postgres-indexed"}) {
      BiPredicate<CitizenId, PupilRecordId> mayRead = Peers.load(peer, city);
      assertThat(city.parents).as(peer).allSatisfy(q -> assertThat(mayRead.test(q.citizen(), q.pupil())).isTrue());
      assertThat(city.trusted).as(peer).allSatisfy(q -> assertThat(mayRead.test(q.citizen(), q.pupil())).isTrue());
      assertThat(city.strangers).as(peer).allSatisfy(q -> assertThat(mayRead.test(q.citizen(), q.pupil())).isFalse());
    }
  }

  @Test
  void thePrecomputedFloorAnswersAsTheLibraryDoes() {
    FloorBenchmark.PrecomputedPairs pairs = new FloorBenchmark.PrecomputedPairs();
    pairs.pupils = 200;
    pairs.build();
    City city = City.of(200);
    LocalDate today = FloorBenchmark.TODAY;
    assertThat(city.parents).allSatisfy(q -> assertThat(pairs.allowing(q, DiarySection.GRADES, today)).isNotNull());
    assertThat(city.trusted).allSatisfy(q -> assertThat(pairs.allowing(q, DiarySection.GRADES, today)).isNotNull());
    // A trusted person sees only the sections granted; nobody sees another family's child.
    assertThat(city.trusted).allSatisfy(q -> assertThat(pairs.allowing(q, DiarySection.SCHEDULE, today)).isNull());
    assertThat(city.strangers).allSatisfy(q -> assertThat(pairs.allowing(q, DiarySection.GRADES, today)).isNull());
  }

  @Test
  void thePrecomputedRowsAnswerAsTheLibraryDoes() throws Exception {
    for (String store : new String[] {"h2", "postgres"}) {
      FloorBenchmark.PrecomputedDatabase database = new FloorBenchmark.PrecomputedDatabase();
      database.store = store;
      database.pupils = 200;
      database.load();
      LoadedCity city = LoadedCity.obtain(store, 200);
      List<City.Question> everyone = new ArrayList<>(city.city.parents);
      everyone.addAll(city.city.trusted);
      everyone.addAll(city.city.strangers);
      for (City.Question q : everyone) {
        for (DiarySection section : List.of(DiarySection.GRADES, DiarySection.SCHEDULE)) {
          boolean allowed = city.access.decide(q.citizen(), q.pupil(), section).isAllowed();
          assertThat(answer(database, q, section, FloorBenchmark.TODAY) == PrecomputedRows.Answer.ALLOWED)
              .as("%s: %s", store, q).isEqualTo(allowed);
        }
      }
      // What the table holds is what a decision reads: a stranger's profile, nobody at all, a child come of age.
      for (City.Question q : city.city.strangers) {
        assertThat(answer(database, q, DiarySection.GRADES, FloorBenchmark.TODAY))
            .isEqualTo(PrecomputedRows.Answer.NO_BASIS);
      }
      assertThat(answer(database, new City.Question('x', 1, 0), DiarySection.GRADES, FloorBenchmark.TODAY))
          .isEqualTo(PrecomputedRows.Answer.UNKNOWN_CITIZEN);
      assertThat(answer(database, city.city.parents.get(0), DiarySection.GRADES, LocalDate.of(2030, 1, 1)))
          .isEqualTo(PrecomputedRows.Answer.DENIED);
    }
  }

  private static PrecomputedRows.Answer answer(FloorBenchmark.PrecomputedDatabase database, City.Question q,
      DiarySection section, LocalDate today) throws SQLException {
    return PrecomputedRows.answer(database.dataSource, q.citizen(), q.pupil(), section, today);
  }

  @Test
  void everyBenchmarkRunsOnEveryStore() throws Exception {
    Options options = new OptionsBuilder()
        .include(DecideBenchmark.class.getName())
        .include(ListsBenchmark.class.getName())
        .include(CommandsBenchmark.class.getName())
        .include(HousekeepingBenchmark.class.getName())
        .include(ImportBenchmark.class.getName())
        .include(FloorBenchmark.class.getName())
        .include(CopyFloorBenchmark.class.getName())
        .include(PeersBenchmark.class.getName())
        .include(EnumerationBenchmark.class.getName())
        .include(AccessHistoryBenchmark.class.getName())
        .include(FactsBenchmark.class.getName())
        .param("pupils", "200")
        .param("rows", "1000")
        .param("keys", "1000")
        .param("cycles", "0", "30")
        .mode(Mode.Throughput)
        .timeUnit(TimeUnit.MILLISECONDS)
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();

    // decide (3), lists (2), commands (1, and 2 after a history of 0 and 30 cycles), housekeeping,
    // import, enumeration (2): 12 on three stores; the floors (SELECT 1 and a row read) on two
    // databases, and the precomputed rows for three questions on each; the packed index and the
    // precomputed pairs (counted or not) in memory, and COPY's; three questions to six peers; the
    // history's decision on and off, and its write, on three stores, and the count alone; the
    // narrow and the wide facts on three stores
    assertThat(results).hasSize(12 * 3 + 2 * 2 + 2 * 3 + 3 + 1 + 3 * 6 + (2 + 1) * 3 + 1 + 2 * 3);
    assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
  }

  @Test
  void theInServerHarnessTimesEveryStatementAndShowsTheDecisionsPlan() throws Exception {
    String table = InServerCost.table(200, 50);
    for (String statement : List.of("`SELECT 1`", "a citizen's row by primary key", "the decision (`decisionFacts`)",
        "the wide facts (`load`)", "the precomputed pair's row (a floor)")) {
      for (String plans : List.of("auto", "force_generic_plan")) {
        assertThat(table).contains("| " + statement + " | " + plans + " | ")
            .containsPattern(Pattern.quote("| " + statement + " | " + plans) + "( \\| [0-9]+\\.[0-9]){3} \\|");
      }
    }
    // The plan, node by node (at 200 pupils the planner scans the small tables rather than their indexes).
    assertThat(table).contains("on da_grant g").contains("on da_representative r").contains("Execution Time")
        .contains("on bench_pair m");
  }

  @Test
  void theHistorysCountersFootprintIsMeasuredObjectByObject() {
    long perCounter = HistoryFootprint.bytesFor(1_000) / 1_000;
    // Two UUID-string ids (~2 × 90 bytes) and the counter's own objects: a few hundred bytes, not kilobytes.
    assertThat(perCounter).isBetween(200L, 800L);
  }
}
