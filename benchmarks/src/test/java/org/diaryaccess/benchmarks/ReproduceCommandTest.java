package org.diaryaccess.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Folders a clean clone does not hold, or the command does not need. */
  private static final Set<String> LEFT_OUT = Set.of("target", ".git", "node_modules");

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
    for (String store : List.of("inmemory", "h2", "postgres")) {
      assertThat(printed).as("the precomputed floor on " + store)
          .containsPattern("\\| 200 \\| " + store + " \\| strangerDenied( \\| [^|]+){7}"
              + " \\| [0-9.]+ [kM]?/s \\| [0-9.]+× \\|");
    }
  }

  /** The tree as a clean clone holds it: no build output, no repository metadata. */
  private Path copyOfTheSources() throws IOException {
    Path tree = work.resolve("tree");
    Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        if (LEFT_OUT.contains(String.valueOf(dir.getFileName())) && !dir.equals(ROOT)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(tree.resolve(ROOT.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.copy(file, tree.resolve(ROOT.relativize(file).toString()));
        return FileVisitResult.CONTINUE;
      }
    });
    tree.resolve("mvnw").toFile().setExecutable(true);
    return tree;
  }
}
