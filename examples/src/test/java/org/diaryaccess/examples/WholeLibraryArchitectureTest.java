package org.diaryaccess.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules that need every module on the classpath: here all of them are, main code only. The core's
 * own rules (no ambient time, no JDBC in core or SPI...) stay in the core, beside their planted
 * violations.
 */
class WholeLibraryArchitectureTest {
  private static JavaClasses library;

  @BeforeAll
  static void importEveryModule() {
    library = new ClassFileImporter()
        .withImportOption((Location location) -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
        .importPackages("org.diaryaccess");
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    slices().matching("org.diaryaccess.adapters.(*)..").should().notDependOnEachOther().check(library);
  }

  @Test
  void noModuleButTheExamplesDependsOnTheExamples() {
    noClasses().that().resideOutsideOfPackage("org.diaryaccess.examples..")
        .should().dependOnClassesThat().resideInAPackage("org.diaryaccess.examples..").check(library);
  }

  @Test
  void theCoreAndTheSpiKnowNoAdapterOfAnyKind() {
    noClasses().that().resideInAnyPackage("org.diaryaccess.core..", "org.diaryaccess.spi..")
        .should().dependOnClassesThat().resideInAnyPackage("org.diaryaccess.adapters..", "org.flywaydb..",
            "org.h2..", "org.postgresql..", "com.zaxxer..")
        .check(library);
  }

  @Test
  void theJdbcAdapterUsesOnlyTheSpiNotTheCore() {
    noClasses().that().resideInAPackage("org.diaryaccess.adapters..")
        .should().dependOnClassesThat().resideInAPackage("org.diaryaccess.core..").check(library);
  }
}
