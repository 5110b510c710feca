package org.diaryaccess.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flame summary counts a recording's samples by the methods on their stacks. */
class FlameSummaryTest {
  @TempDir
  Path work;

  @Test
  void aBusyMethodLeadsBothLists() throws Exception {
    Path file = work.resolve("busy.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      recording.start();
      long until = System.nanoTime() + 1_000_000_000L;
      long spun = 0;
      while (System.nanoTime() < until) {
        spun += spin();
      }
      recording.stop();
      recording.dump(file);
      assertThat(spun).isPositive();
    }

    String summary = FlameSummary.summary(file, 5, FlameSummaryTest.class.getName() + ".aBusyMethodLeadsBothLists");

    assertThat(summary).containsPattern("[1-9][0-9]* samples of the measured threads")
        .contains("| on the stack (inclusive) | share |", "| on top (self) | share |")
        // The busy method is on the stack of nearly every sample counted, and the caller's frame,
        // below the measured code, is not listed.
        .containsPattern("\\| `FlameSummaryTest.spin` \\| (9[0-9]|100) % \\|")
        .doesNotContain("`FlameSummaryTest.aBusyMethodLeadsBothLists`");
  }

  private static long spin() {
    long x = 0;
    for (int i = 0; i < 10_000; i++) {
      x += Long.numberOfTrailingZeros(i * 31L + x);
    }
    return x + 1;
  }
}
