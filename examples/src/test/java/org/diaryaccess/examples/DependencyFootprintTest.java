package org.diaryaccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What each shipped module makes a host carry: its compile dependencies are exactly these, and
 * what a host may not need (H2, a pool, Flyway's PostgreSQL support) stays optional. A new
 * dependency fails this test until the README's footprint table says it too.
 */
class DependencyFootprintTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** Every module inherits this from the parent: nullness annotations, nothing at run time. */
  private static final String INHERITED = "jspecify";
  private static final Map<String, Set<String>> REQUIRED = Map.of(
      "diary-access-spi", Set.of("guava", "libphonenumber", INHERITED),
      "diary-access-core", Set.of("diary-access-spi", "guava", "libphonenumber", "jakarta.validation-api",
          "hibernate-validator", "expressly", "slf4j-api", INHERITED),
      "adapters-inmemory", Set.of("diary-access-spi", "guava", INHERITED),
      // The SLF4J API: the store warns a host whose PostgreSQL settings lose prepared statements.
      "adapters-jdbc", Set.of("diary-access-spi", "guava", "flyway-core", "slf4j-api", INHERITED));
  private static final Map<String, Set<String>> OPTIONAL = Map.of(
      "diary-access-spi", Set.of(),
      "diary-access-core", Set.of(),
      "adapters-inmemory", Set.of(),
      "adapters-jdbc", Set.of("flyway-database-postgresql", "h2", "HikariCP"));

  @ParameterizedTest
  @ValueSource(strings = {"diary-access-spi", "diary-access-core", "adapters-inmemory", "adapters-jdbc"})
  void aShippedModuleCarriesOnlyWhatItMust(String module) throws Exception {
    Set<String> required = new TreeSet<>(Set.of(INHERITED));
    Set<String> optional = new TreeSet<>();
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(ROOT.resolve(module).resolve("pom.xml").toFile());
    NodeList dependencies = pom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      if (!dependency.getParentNode().getParentNode().getNodeName().equals("project")) {
        continue; // plugins' and management's
      }
      String scope = text(dependency, "scope");
      if (scope.equals("test") || scope.equals("provided")) {
        continue;
      }
      (text(dependency, "optional").equals("true") ? optional : required).add(text(dependency, "artifactId"));
    }

    assertThat(required).as("compile dependencies of %s", module).isEqualTo(new TreeSet<>(REQUIRED.get(module)));
    assertThat(optional).as("optional dependencies of %s", module).isEqualTo(new TreeSet<>(OPTIONAL.get(module)));
  }

  private static String text(Element element, String tag) {
    NodeList found = element.getElementsByTagName(tag);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
  }
}
