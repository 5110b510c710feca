package org.diaryaccess.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.diaryaccess.core.architecture.planted.GrabBag;
import org.diaryaccess.core.architecture.planted.JdbcLeak;
import org.diaryaccess.core.architecture.planted.SneakyClock;
import org.diaryaccess.core.support.planted.PlumbingThatKnowsARule;
import org.junit.jupiter.api.Test;

/** The rules are not wishes: planted violations are caught, by name. */
class PlantedViolationTest {
  private final JavaClasses planted = new ClassFileImporter().importClasses(SneakyClock.class, JdbcLeak.class,
      GrabBag.class, PlumbingThatKnowsARule.class);

  @Test
  void ambientTimeIsCaught() {
    EvaluationResult result = ArchitectureRules.NO_AMBIENT_TIME.evaluate(planted);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("SneakyClock.now()")
        .contains("Instant.now()"));
  }

  @Test
  void jdbcAndAdapterDependenciesAreCaught() {
    EvaluationResult result = ArchitectureRules.CORE_AND_SPI_KNOW_NO_ADAPTER_AND_NO_JDBC.evaluate(planted);
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("java.sql.Connection")
        .contains("org.diaryaccess.adapters.inmemory.InMemoryStore");
  }

  @Test
  void plumbingThatKnowsARuleIsCaught() {
    EvaluationResult result = ArchitectureRules.PLUMBING_KNOWS_NO_CAPABILITY.evaluate(planted);
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("PlumbingThatKnowsARule")
        .contains("org.diaryaccess.core.decision.AccessRules");
  }

  @Test
  void plumbingInAPublicSignatureIsCaught() {
    EvaluationResult result = ArchitectureRules.PLUMBING_STAYS_INSIDE.evaluate(planted);
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("GrabBag.commands()")
        .contains("org.diaryaccess.core.support.Commands");
  }

  @Test
  void aGrabBagOfPortsIsCaught() {
    EvaluationResult result = ArchitectureRules.NO_GRAB_BAG_OF_PORTS.evaluate(planted);
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("GrabBag")
        .contains("org.diaryaccess.spi.DiaryStore");
  }
}
