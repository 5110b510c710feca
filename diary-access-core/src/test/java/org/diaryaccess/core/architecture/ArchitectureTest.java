package org.diaryaccess.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture holds for every main class of the library on this classpath. Rules that need
 * every module (adapters independent of each other) live in the examples module.
 */
class ArchitectureTest {
  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library = new ClassFileImporter()
        .withImportOption(new ArchitectureRules.MainCodeOnly())
        .importPackages("org.diaryaccess");
  }

  private static void check(ArchRule rule) {
    rule.check(library);
  }

  @Test
  void coreAndSpiKnowNoAdapterAndNoJdbc() {
    check(ArchitectureRules.CORE_AND_SPI_KNOW_NO_ADAPTER_AND_NO_JDBC);
  }

  @Test
  void timeComesOnlyFromTheInjectedClock() {
    check(ArchitectureRules.NO_AMBIENT_TIME);
  }

  @Test
  void coreCapabilitiesAreFreeOfCycles() {
    check(ArchitectureRules.CAPABILITIES_ARE_FREE_OF_CYCLES);
  }

  @Test
  void noGenericExceptions() {
    check(ArchitectureRules.NO_GENERIC_EXCEPTIONS);
  }

  @Test
  void nothingWritesToStandardStreams() {
    check(ArchitectureRules.NO_STANDARD_STREAMS);
  }

  @Test
  void thePlumbingKnowsNoCapability() {
    check(ArchitectureRules.PLUMBING_KNOWS_NO_CAPABILITY);
  }

  @Test
  void thePlumbingStaysInside() {
    check(ArchitectureRules.PLUMBING_STAYS_INSIDE);
  }

  @Test
  void noClassTakesAGrabBagOfPorts() {
    check(ArchitectureRules.NO_GRAB_BAG_OF_PORTS);
  }
}
