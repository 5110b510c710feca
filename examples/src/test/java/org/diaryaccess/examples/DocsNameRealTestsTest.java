package org.diaryaccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test the README and the docs name as the proof of a claim exists in the repository, so a
 * renamed or deleted test cannot leave a claim pointing nowhere.
 */
class DocsNameRealTestsTest {
  private static final Pattern NAMED_TEST =
      Pattern.compile("`([A-Z][A-Za-z0-9]*(?:Test|Tests|Properties|Contract))(?:[.#]([A-Za-z0-9]+))?`");

  @Test
  void everyTestTheDocsNameExists() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Map<String, Path> sourceFiles;
    try (Stream<Path> files = Files.walk(root)) {
      sourceFiles = files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/"))
          .collect(Collectors.toMap(p -> p.getFileName().toString().replace(".java", ""), p -> p, (a, b) -> a));
    }
    Set<String> sources = sourceFiles.keySet();
    Set<String> named = new TreeSet<>();
    Set<String> namedMethods = new TreeSet<>();
    try (Stream<Path> docs = Stream.concat(Stream.of(root.resolve("README.md")), Files.list(root.resolve("docs")))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(doc -> {
        Matcher matcher = NAMED_TEST.matcher(read(doc));
        while (matcher.find()) {
          named.add(matcher.group(1));
          if (matcher.group(2) != null) {
            namedMethods.add(matcher.group(1) + "." + matcher.group(2));
          }
        }
      });
    }

    assertThat(named).as("tests the docs name").contains("InvitationPolicyTest", "HostApiContract");
    assertThat(sources).as("test classes in the repository").containsAll(named);
    // A named test method is declared in its class.
    assertThat(namedMethods).allSatisfy(method -> {
      String[] parts = method.split("\\.");
      assertThat(read(Objects.requireNonNull(sourceFiles.get(parts[0]), parts[0]))).as(method)
          .containsPattern("void " + parts[1] + "\\(");
    });
  }

  private static String read(Path doc) {
    try {
      return Files.readString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
