package org.diaryaccess.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.history.ViewCounter;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
import org.openjdk.jol.info.GraphLayout;

/**
 * What the access history's open counters hold in memory: {@code n} counters — each of another
 * viewer and pupil, the ids as a host would pass them (UUID strings, fresh objects per request,
 * so that each counter keeps its own) — measured by walking every object they reach.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks exec:exec -Dexec.args="-cp %classpath org.diaryaccess.benchmarks.HistoryFootprint 100000"
 * }</pre>
 */
public final class HistoryFootprint {
  static {
    // Records' fields are final and trusted: JOL finds their offsets by probing, not by Unsafe.
    System.setProperty("jol.magicFieldOffset", "true");
  }

  private HistoryFootprint() {}

  /**
   * The bytes {@code n} open counters hold, ids included.
   *
   * @param n how many counters
   * @return bytes reachable from the counter, less those of an empty one
   */
  static long bytesFor(int n) {
    Instant at = Instant.parse("2026-09-01T06:00:00Z");
    ViewCounter empty = new ViewCounter(ZoneId.of("Europe/Moscow"));
    empty.count(CitizenId.of("warm"), PupilRecordId.of("warm"), Basis.legalRepresentative(), null, at);
    empty.drain(java.time.LocalDate.MAX);
    long base = GraphLayout.parseInstance(empty).totalSize();
    ViewCounter counter = new ViewCounter(ZoneId.of("Europe/Moscow"));
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < n; i++) {
      counter.count(CitizenId.of(new java.util.UUID(random.nextLong(), random.nextLong()).toString()),
          PupilRecordId.of(new java.util.UUID(random.nextLong(), random.nextLong()).toString()),
          Basis.legalRepresentative(), DiarySection.GRADES, at.plusMillis(i));
    }
    return GraphLayout.parseInstance(counter).totalSize() - base;
  }

  /**
   * Prints the footprint of the counters asked for (100,000 by default).
   *
   * @param args how many counters
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long bytes = bytesFor(n);
    System.out.printf("%,d open counters hold %,d bytes: %,d bytes each, ids included%n", n, bytes, bytes / n);
  }
}
