package org.diaryaccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every artifact the BOM ships can be published: Maven Central refuses a jar without its -sources
 * and -javadoc jars, so the parent POM's enforcer checks at {@code verify} that each shipped
 * module built both ({@code publishable.check}), and this test fails if a module the BOM lists
 * does not take part in that check — the Spring Boot starter, a jar with no code, included.
 */
class PublishableModulesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyArtifactTheBomShipsIsCheckedForItsSourcesAndJavadocJars() throws Exception {
    Set<String> shipped = new TreeSet<>();
    NodeList managed = pom(ROOT.resolve("diary-access-bom")).getElementsByTagName("dependency");
    for (int i = 0; i < managed.getLength(); i++) {
      shipped.add(text((Element) managed.item(i), "artifactId"));
    }
    Map<String, String> checkByArtifact = new TreeMap<>();
    NodeList modules = pom(ROOT).getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      Path module = ROOT.resolve(modules.item(i).getTextContent().trim());
      Document pom = pom(module);
      Element project = pom.getDocumentElement();
      String artifactId = direct(project, "artifactId");
      checkByArtifact.put(artifactId, text(project, "publishable.check"));
    }

    assertThat(shipped).contains("diary-access-core", "diary-access-spring-boot-starter");
    for (String artifact : shipped) {
      assertThat(checkByArtifact).as("a module builds %s", artifact).containsKey(artifact);
      assertThat(checkByArtifact.get(artifact)).as("%s is checked for its -sources and -javadoc jars", artifact)
          .isEqualTo("verify");
    }
    assertThat(Files.readString(ROOT.resolve("pom.xml"))).contains("<requireFilesExist>",
        "${project.build.finalName}-sources.jar", "${project.build.finalName}-javadoc.jar",
        "<phase>${publishable.check}</phase>");
  }

  private static Document pom(Path module) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(module.resolve("pom.xml").toFile());
  }

  /** The project's own child element, not a parent's or a dependency's. */
  private static String direct(Element project, String tag) {
    NodeList children = project.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child && child.getTagName().equals(tag)) {
        return child.getTextContent().trim();
      }
    }
    return "";
  }

  private static String text(Element element, String tag) {
    NodeList found = element.getElementsByTagName(tag);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
  }
}
