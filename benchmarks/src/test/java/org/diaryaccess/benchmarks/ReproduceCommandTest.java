package org.diaryaccess.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command docs/PERFORMANCE.md gives to reproduce its side-by-side table, run as written on a
 * copy of this source tree (as a clean clone has it: no {@code target} folder), at 200 pupils and
 * with {@code --smoke} in place of the documented sizes and heap. The copy keeps the command's
 * {@code -am package} from rewriting the classes this build is testing.
 */
class ReproduceCommandTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern COMMAND = Pattern.compile(
      "```\\R(\\./mvnw [^`]*?)-Dexec\\.args=\"([^\"]*SideBySide[^\"]*)\"\\R```");

  @TempDir
  Path work;

  @Test
  void theDocumentedCommandBuildsFromAFreshTreeAndPrintsTheTable() throws Exception {
    String doc = Files.readString(ROOT.resolve("docs/PERFORMANCE.md"));
    Matcher documented = COMMAND.matcher(doc);
    assertThat(documented.find()).as("docs/PERFORMANCE.md gives the side-by-side command").isTrue();
    List<String> command = new ArrayList<>(List.of(documented.group(1).replace("\\", " ").trim().split("\\s+")));
    assertThat(command).as("the documented Maven invocation").startsWith("./mvnw").contains("-pl", "benchmarks",
        "-am", "exec:exec");
    assertThat(documented.group(2)).contains("-cp %classpath org.diaryaccess.benchmarks.SideBySide");
    command.add("-Dexec.args=-cp %classpath org.diaryaccess.benchmarks.SideBySide --smoke 200");
    command.add("-Dmaven.repo.local=" + Objects.requireNonNull(System.getProperty("diaryaccess.localRepository"),
        "diaryaccess.localRepository: Maven passes its local repository to this test (benchmarks/pom.xml)"));
    if ("offline=true".equals(System.getProperty("diaryaccess.mode"))) {
      command.add("--offline");
    }
    Path tree = copyOfTheSources();

    Process process = new ProcessBuilder(command).directory(tree.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("the command finishes").isTrue();
    String printed = new String(output, StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed).contains("| pupils | store | question | ours | p50 / p99 | floor | floor's p99 |");
    for (String store : List.of("inmemory", "h2", "postgres")) {
      for (String question : List.of("parentAllowed", "trustedPersonAllowed", "strangerDenied")) {
        // A row with our rate, the floor's and the peer's: every benchmark of the row ran.
        assertThat(printed).containsPattern("\\| 200 \\| " + store + " \\| " + question
            + " \\| [0-9.]+ [kM]?/s \\| .* \\| [0-9.]+ [kM]?/s \\| .* \\| [a-z0-9-]+ [0-9.]+ [kM]?/s \\| [0-9.]+× \\|");
      }
    }
    assertThat(printed).as("the primary-key read on PostgreSQL")
        .containsPattern("\\| 200 \\| postgres \\| parentAllowed( \\| [^|]+){5} \\| [0-9.]+ [kM]?/s \\|");
  }

  /** The tree as a clean clone holds it: no build output, no repository metadata. */
  private Path copyOfTheSources() throws IOException {
    Path tree = work.resolve("tree");
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = ROOT.relativize(file);
        if (isLeftOut(relative)) {
          continue;
        }
        Path copy = tree.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    tree.resolve("mvnw").toFile().setExecutable(true);
    return tree;
  }

  private static boolean isLeftOut(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals(".git") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }
}
