package org.diaryaccess.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The architecture of diary-access as rules, shared by the real check and the planted-violation check. */
final class ArchitectureRules {
  private ArchitectureRules() {}

  static final String CORE_OR_SPI = "org.diaryaccess.(core|spi)..";

  /** Core and SPI stand on their own: no adapter, no JDBC. */
  static final ArchRule CORE_AND_SPI_KNOW_NO_ADAPTER_AND_NO_JDBC = noClasses()
      .that().resideInAnyPackage("org.diaryaccess.core..", "org.diaryaccess.spi..")
      .should().dependOnClassesThat().resideInAnyPackage("org.diaryaccess.adapters..", "java.sql..", "javax.sql..")
      .because("the rules must run on any store; adapters plug in through the SPI");

  /** Time comes only from the injected clock. */
  static final ArchRule NO_AMBIENT_TIME = noClasses()
      .that().resideInAnyPackage("org.diaryaccess.core..", "org.diaryaccess.spi..")
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(Clock.class, "systemDefaultZone")
      .because("time comes only from an injected java.time.Clock (docs/RULES.md, Guarantees)");

  /** Capabilities of the core do not form cycles. */
  static final ArchRule CAPABILITIES_ARE_FREE_OF_CYCLES = slices()
      .matching("org.diaryaccess.core.(*)..")
      .should().beFreeOfCycles();

  /** The plumbing every capability uses knows none of them, so it can never pull a rule in. */
  static final ArchRule PLUMBING_KNOWS_NO_CAPABILITY = noClasses()
      .that().resideInAnyPackage("org.diaryaccess.core.support..", "org.diaryaccess.core.validation..")
      .should().dependOnClassesThat(resideInAPackage("org.diaryaccess.core..")
          .and(not(resideInAnyPackage("org.diaryaccess.core.support..", "org.diaryaccess.core.validation.."))))
      .because("support and validation are plumbing below the rules (docs/ARCHITECTURE.md)");

  /** A host never meets the plumbing: no public method outside it takes or returns its types. */
  static final ArchRule PLUMBING_STAYS_INSIDE = methods()
      .that().arePublic()
      .and().areDeclaredInClassesThat().resideOutsideOfPackages(
          "org.diaryaccess.core.support..", "org.diaryaccess.core.validation..")
      .and().areDeclaredInClassesThat().resideInAPackage("org.diaryaccess.core..")
      .should(new ArchCondition<JavaMethod>("take or return no type of support or validation") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
          types.add(method.getRawReturnType());
          for (JavaClass type : types) {
            if (type.getPackageName().startsWith("org.diaryaccess.core.support")
                || type.getPackageName().startsWith("org.diaryaccess.core.validation")) {
              events.add(SimpleConditionEvent.violated(method,
                  method.getFullName() + " exposes " + type.getName()));
            }
          }
        }
      })
      .because("support and validation are not public API");

  /** No class takes a grab-bag of ports: only the entry point's builder takes a whole store. */
  static final ArchRule NO_GRAB_BAG_OF_PORTS = noClasses()
      .that().resideInAPackage("org.diaryaccess.core..")
      .and().doNotHaveFullyQualifiedName("org.diaryaccess.core.DiaryAccess$Builder")
      .should().dependOnClassesThat().haveFullyQualifiedName("org.diaryaccess.spi.DiaryStore")
      .because("each class names in its constructor the ports it uses");

  /** Expected failures have types; nothing throws bare Exception or RuntimeException. */
  static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  /** Nothing prints: personal data must not leak to standard streams. */
  static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  /** Main code only, not this module's tests. */
  static final class MainCodeOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/");
    }
  }
}
