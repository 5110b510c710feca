package org.diaryaccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host's own project in {@code examples/host-store}, built outside this build exactly as a
 * host builds it: its {@code ./mvnw test}, with nothing but the BOM, the SPI and the TCK of this
 * build (installed into a Maven repository of its own) and H2. Its store passes the TCK; the same
 * store with one rule broken fails it, and the failure names the contract and the test.
 */
class HostStoreProjectTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String VERSION = "0.1.0-SNAPSHOT";
  /** The library's artifacts the host's build resolves: the module folder and the artifact. */
  private static final List<String[]> ARTIFACTS = List.of(new String[] {"diary-access-spi", "diary-access-spi"},
      new String[] {"diary-access-core", "diary-access-core"},
      new String[] {"adapters-inmemory", "diary-access-inmemory"},
      new String[] {"diary-access-tck", "diary-access-tck"});

  @TempDir
  static Path work;
  private static Path repository;

  /** This build's artifacts, installed as {@code mvn install} lays them out, in a repository of the test's own. */
  @BeforeAll
  static void installTheLibrary() throws IOException {
    repository = work.resolve("repository");
    install(ROOT.resolve("pom.xml"), "diary-access-parent", "pom");
    install(ROOT.resolve("diary-access-bom/pom.xml"), "diary-access-bom", "pom");
    for (String[] artifact : ARTIFACTS) {
      Path target = ROOT.resolve(artifact[0]).resolve("target").resolve(artifact[1] + "-" + VERSION + ".jar");
      assertThat(target).as("packaged by this build (./mvnw verify)").exists();
      install(ROOT.resolve(artifact[0]).resolve("pom.xml"), artifact[1], "pom");
      install(target, artifact[1], "jar");
    }
  }

  @Test
  void theHostsStorePassesTheKit() throws Exception {
    Path project = copyOfTheHostProject("passing");
    Build build = mavenTest(project);
    assertThat(build.exitCode).as(build.output).isZero();
    assertThat(build.output).contains("BUILD SUCCESS").doesNotContain("<<< FAILURE!");
    // Every suite of the kit ran on the host's store, the properties among them, and passed.
    for (String suite : List.of("SchoolRegister", "Grants", "UnitOfWork", "HostApi", "MatchPolicies",
        "StatefulProperty", "HostileInput")) {
      assertThat(build.output).containsPattern("Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0, .* in "
          + "org\\.diaryaccess\\.tck\\.DiaryStoreTck\\$" + suite + "\\R");
    }
  }

  @Test
  void aStoreThatForgetsTheSecondParentIsCaughtByName() throws Exception {
    Path project = copyOfTheHostProject("broken");
    Path register = project.resolve("src/main/java/city/school/diary/SchoolSystemRegister.java");
    String correct = Files.readString(register);
    String broken = correct.replace("\" = ? OR parent2_\" + key", "\" = ? OR parent1_\" + key");
    assertThat(broken).as("the one line the host gets wrong").isNotEqualTo(correct);
    Files.writeString(register, broken);

    Build build = mavenTest(project);
    assertThat(build.exitCode).as(build.output).isNotZero();
    // The register's own contract names the broken rule: the test, under the port it belongs to.
    assertThat(build.output).contains("BUILD FAILURE")
        .containsPattern("Failures: [1-9].* in org\\.diaryaccess\\.tck\\.DiaryStoreTck\\$SchoolRegister\\R")
        .containsPattern("SchoolSystemStoreTckTest\\.findsRecordsByIdAndByTheContactsOfThePupilAndEveryRepresentative"
            + " .*<<< FAILURE!");
  }

  private static Path copyOfTheHostProject(String name) throws IOException {
    Path source = ROOT.resolve("examples/host-store");
    Path project = work.resolve(name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files.filter(p -> !source.relativize(p).startsWith("target"))::iterator) {
        Path copy = project.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    // The host's Maven wrapper: the same script and Maven version as this build's.
    Files.createDirectories(project.resolve(".mvn/wrapper"));
    Files.copy(ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"), project.resolve(".mvn/wrapper/maven-wrapper.properties"));
    Files.copy(ROOT.resolve("mvnw"), project.resolve("mvnw"));
    Files.copy(ROOT.resolve("mvnw.cmd"), project.resolve("mvnw.cmd"));
    project.resolve("mvnw").toFile().setExecutable(true);
    return project;
  }

  private static Build mavenTest(Path project) throws Exception {
    String buildsRepository = Objects.requireNonNull(System.getProperty("diaryaccess.localRepository"),
        "diaryaccess.localRepository: Maven passes its local repository to this test (examples/pom.xml)");
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    List<String> command = new ArrayList<>(List.of(windows ? "mvnw.cmd" : "./mvnw", "-B", "-ntp", "test",
        "-Dmaven.repo.local=" + repository,
        // What the library's artifacts need besides themselves is read from this build's repository.
        "-Dmaven.repo.local.tail=" + buildsRepository));
    if (windows) {
      command.addAll(0, List.of("cmd", "/c"));
    }
    if ("offline=true".equals(System.getProperty("diaryaccess.mode"))) {
      command.add("--offline");
    }
    Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the host's build finishes").isTrue();
    return new Build(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static void install(Path file, String artifactId, String extension) throws IOException {
    Path folder = repository.resolve("org/diaryaccess").resolve(artifactId).resolve(VERSION);
    Files.createDirectories(folder);
    Files.copy(file, folder.resolve(artifactId + "-" + VERSION + "." + extension), StandardCopyOption.REPLACE_EXISTING);
  }

  private record Build(int exitCode, String output) {}
}
