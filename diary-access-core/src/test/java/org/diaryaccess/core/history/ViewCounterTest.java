package org.diaryaccess.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The counter behind R15: whatever the interleaving of counts and drains, every count is drained
 * exactly once, into one row per viewer, pupil and day.
 */
class ViewCounterTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final Instant T0 = Instant.parse("2026-09-01T06:00:00Z");
  private static final Basis PARENT = Basis.legalRepresentative();

  /** One step: a count, or (with {@code viewer} {@code null}) a drain on the day {@code hours} falls on. */
  record Step(@Nullable String viewer, String pupil, int hours, @Nullable DiarySection section) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> count = Combinators.combine(Arbitraries.of("a", "b", "c"), Arbitraries.of("p", "q"),
        Arbitraries.integers().between(0, 72), Arbitraries.of(DiarySection.class).injectNull(0.3))
        .as(Step::new);
    Arbitrary<Step> drain = Arbitraries.integers().between(0, 96).map(hours -> new Step(null, "p", hours, null));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, count), net.jqwik.api.Tuple.of(1, drain))
        .list().ofMaxSize(200);
  }

  @Property
  void everyCountIsDrainedOnceIntoItsDay(@ForAll("steps") List<Step> steps) {
    ViewCounter counter = new ViewCounter(MOSCOW);
    Map<String, Long> expected = new HashMap<>();
    Map<String, Long> drained = new HashMap<>();
    for (Step step : steps) {
      Instant at = T0.plusSeconds(3600L * step.hours());
      if (step.viewer() == null) {
        drainInto(counter, drained, LocalDate.ofInstant(at, MOSCOW));
        continue;
      }
      counter.count(CitizenId.of(step.viewer()), PupilRecordId.of(step.pupil()), PARENT, step.section(), at);
      expected.merge(key(step.viewer(), step.pupil(), LocalDate.ofInstant(at, MOSCOW), step.section()), 1L, Long::sum);
    }
    drainInto(counter, drained, LocalDate.MAX);

    assertThat(drained).isEqualTo(expected);
    assertThat(counter.size()).as("every past day's counter retired").isZero();
  }

  private static String key(String viewer, String pupil, LocalDate day, @Nullable DiarySection section) {
    return viewer + "/" + pupil + "/" + day + "/" + section;
  }

  private static void drainInto(ViewCounter counter, Map<String, Long> drained, LocalDate today) {
    List<ViewDay> rows = counter.drain(today);
    assertThat(rows).extracting(r -> r.viewer() + "/" + r.pupil() + "/" + r.day()).doesNotHaveDuplicates();
    for (ViewDay row : rows) {
      if (row.diaryViews() > 0) {
        drained.merge(key(row.viewer().value(), row.pupil().value(), row.day(), null), row.diaryViews(), Long::sum);
      }
      row.sectionViews().forEach((section, views) ->
          drained.merge(key(row.viewer().value(), row.pupil().value(), row.day(), section), views, Long::sum));
    }
  }

  @Test
  void countsMadeWhileDrainsRunAreEachDrainedExactlyOnce() throws Exception {
    ViewCounter counter = new ViewCounter(MOSCOW);
    int threads = 4;
    int perThread = 200_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean counting = new AtomicBoolean(true);
    try {
      List<Future<?>> counters = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        counters.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            // Few keys, so that counts and seals meet on the same counters.
            counter.count(CitizenId.of("viewer-" + (i % 3)), PupilRecordId.of("pupil-" + thread % 2), PARENT,
                DiarySection.values()[i % DiarySection.values().length], T0.plusMillis(i));
          }
          return null;
        }));
      }
      List<ViewDay> drained = new ArrayList<>();
      Future<?> drains = pool.submit(() -> {
        start.await();
        // Every other drain retires every counter, so that counts keep meeting retired ones.
        boolean retire = false;
        while (counting.get()) {
          drained.addAll(counter.drain(retire ? LocalDate.MAX : LocalDate.MIN));
          retire = !retire;
        }
        return null;
      });
      start.countDown();
      for (Future<?> f : counters) {
        f.get(2, TimeUnit.MINUTES);
      }
      counting.set(false);
      drains.get(2, TimeUnit.MINUTES);
      drained.addAll(counter.drain(LocalDate.MAX));

      assertThat(drained.stream().mapToLong(ViewDay::views).sum()).isEqualTo((long) threads * perThread);
      assertThat(drained.size()).as("drains met the counting").isGreaterThan(6);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theLatestViewSaysHowTheViewerWasRelated() {
    ViewCounter counter = new ViewCounter(MOSCOW);
    CitizenId viewer = CitizenId.of("v");
    PupilRecordId pupil = PupilRecordId.of("p");
    counter.count(viewer, pupil, new Basis.TrustedPerson(GrantId.of("g"), java.util.Set.of(DiarySection.GRADES)),
        DiarySection.GRADES, T0.plusSeconds(60));
    counter.count(viewer, pupil, PARENT, null, T0);

    assertThat(counter.drain(LocalDate.MAX)).singleElement().satisfies(row -> {
      assertThat(row.grant()).isEqualTo(GrantId.of("g"));
      assertThat(row.firstAt()).isEqualTo(T0);
      assertThat(row.lastAt()).isEqualTo(T0.plusSeconds(60));
    });
  }
}
