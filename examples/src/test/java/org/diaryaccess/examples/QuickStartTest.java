package org.diaryaccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's quick start is this very program, and it runs: the mother and the grandmother are let in. */
class QuickStartTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theReadmeShowsTheProgramTheBuildCompiles() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String program = Files.readString(ROOT.resolve("examples/src/main/java/org/diaryaccess/examples/QuickStart.java"));
    String marker = "<!-- QuickStart.java -->\n```java\n";
    int start = readme.indexOf(marker);
    assertThat(start).as("the README marks its quick start").isNotNegative();
    int from = start + marker.length();
    String block = readme.substring(from, readme.indexOf("```\n", from));

    assertThat(block).isEqualTo(program);
  }

  @Test
  void itRunsAndLetsBothIn() {
    assertThat(QuickStart.run()).isEqualTo("Legal representative; Trusted person; notices: 2");
  }
}
