package org.diaryaccess.examples.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.InvitationFacts;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.TrustedPersonFacts;
import org.diaryaccess.spi.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * The portal builds on the library the way a host should: every decision and every command
 * through {@code DiaryAccess}; the store only for the host's own data — citizens' profiles and
 * the school's records — never the library's invitations, grants, outbox or audit log, and no
 * adapter class by name.
 */
class PortalArchitectureTest {
  private static final JavaClasses PORTAL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.diaryaccess.examples.portal");

  @Test
  void thePortalNeverReachesIntoTheLibrarysOwnStorage() {
    noClasses().should().dependOnClassesThat().belongToAnyOf(Grants.class, Invitations.class, Outbox.class,
            AuditLog.class, UnitOfWork.class, AccessFacts.class, InvitationFacts.class, TrustedPersonFacts.class)
        .because("decisions and commands go through DiaryAccess, which audits and authorises them")
        .check(PORTAL);
  }

  @Test
  void thePortalNamesNoAdapter() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.diaryaccess.adapters..")
        .because("the starter chooses the store from the host's DataSource")
        .check(PORTAL);
  }
}
