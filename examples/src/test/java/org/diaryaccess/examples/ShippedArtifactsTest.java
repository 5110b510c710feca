package org.diaryaccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shipped module's jar, as the build packaged it beside this one, carries the licence, the
 * notice and a module name, and has its sources and Javadoc jars beside it.
 */
class ShippedArtifactsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Map<String, String> SHIPPED = Map.of(
      "diary-access-spi", "org.diaryaccess.spi",
      "diary-access-core", "org.diaryaccess.core",
      "adapters-inmemory", "org.diaryaccess.adapters.inmemory",
      "adapters-jdbc", "org.diaryaccess.adapters.jdbc");

  private static Path jar(String folder, String artifact, String classifier) throws IOException {
    try (var files = Files.list(ROOT.resolve(folder).resolve("target"))) {
      String suffix = classifier.isEmpty() ? ".jar" : "-" + classifier + ".jar";
      return files.filter(p -> p.getFileName().toString().startsWith(artifact + "-"))
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> classifier.isEmpty() == !p.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar"))
          .findFirst().orElseThrow(() -> new AssertionError("no " + artifact + suffix + " in " + folder));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"diary-access-spi", "diary-access-core", "adapters-inmemory", "adapters-jdbc"})
  void eachShippedJarCarriesTheLicenceAModuleNameAndItsSourcesAndJavadoc(String folder) throws IOException {
    String artifact = folder.startsWith("adapters-") ? "diary-access-" + folder.substring("adapters-".length()) : folder;
    try (JarFile jar = new JarFile(jar(folder, artifact, "").toFile())) {
      assertThat(jar.getEntry("META-INF/LICENSE")).as("licence").isNotNull();
      assertThat(jar.getEntry("META-INF/NOTICE")).as("notice").isNotNull();
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo(SHIPPED.get(folder));
    }
    try (JarFile sources = new JarFile(jar(folder, artifact, "sources").toFile())) {
      assertThat(sources.stream().anyMatch(e -> e.getName().endsWith(".java"))).as("sources").isTrue();
    }
    try (JarFile javadoc = new JarFile(jar(folder, artifact, "javadoc").toFile())) {
      assertThat(javadoc.getEntry("index.html")).as("javadoc").isNotNull();
    }
  }
}
