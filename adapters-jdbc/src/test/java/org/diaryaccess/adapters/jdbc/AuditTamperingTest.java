package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.NINA_ID;
import static org.diaryaccess.tck.harness.Guide.NINA_PHONE;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import java.util.List;
import javax.sql.DataSource;
import org.diaryaccess.core.audit.AuditChain;
import org.diaryaccess.core.audit.AuditVerification;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R14 against someone with administrator's access to the database, who can switch off its
 * append-only guard ({@link AuditAppendOnlyTest}): an audit entry edited, deleted or
 * inserted behind the library's back is found by verification, at its place in the chain; a
 * chain rewritten whole no longer reaches the head hash the host kept.
 */
class AuditTamperingTest {

  private DataSource dataSource = Databases.emptyH2();
  private World world = new World(JdbcBackend.on(dataSource), AccessSettings.defaults());

  private void sixSealedEntries(String database) {
    dataSource = database.equals("h2") ? Databases.emptyH2() : Databases.emptyPostgres();
    world = new World(JdbcBackend.on(dataSource), AccessSettings.defaults());
    world.registered(Guide.vasilisa(), Guide.nina())
        .schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    for (int i = 0; i < 3; i++) {
      Invitation invitation = world.access.send(VASILISA_ID,
          InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
      world.access.cancel(VASILISA_ID, invitation.id());
    }
    world.access.housekeeping();
    assertThat(world.audit()).hasSize(6);
    assertThat(world.access.verifyAudit()).extracting(AuditVerification::isIntact, AuditVerification::verified)
        .containsExactly(true, 6L);
  }

  /** Tampering as only an administrator can: with the database's append-only guard switched off. */
  private void tamper(String... statements) {
    Databases.bypassingAuditGuard(dataSource, statements);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void anEditedEntryIsFoundAtItsPlace(String database) {
    sixSealedEntries(database);

    tamper("UPDATE da_audit SET actor = '" + NINA_ID.value() + "' WHERE chain_position = 3");

    AuditVerification found = world.access.verifyAudit();
    assertThat(found.isIntact()).isFalse();
    assertThat(found.firstBreak()).contains(3L);
    assertThat(found.problem()).isEqualTo(AuditVerification.Break.ALTERED);
    assertThat(found.verified()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aDeletedEntryIsFoundAtItsPlace(String database) {
    sixSealedEntries(database);

    tamper("DELETE FROM da_audit WHERE chain_position = 4");

    AuditVerification found = world.access.verifyAudit();
    assertThat(found.firstBreak()).contains(4L);
    assertThat(found.problem()).isEqualTo(AuditVerification.Break.MISSING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void anInsertedEntryIsFoundAtItsPlace(String database) {
    sixSealedEntries(database);

    // Make room at position 2 and copy the first entry's seal there: the next link no longer holds.
    tamper("UPDATE da_audit SET chain_position = chain_position + 100 WHERE chain_position >= 2",
        "UPDATE da_audit SET chain_position = chain_position - 99 WHERE chain_position >= 102",
        "INSERT INTO da_audit (at, actor, action, outcome, pupils, chain_position, chain_hash) "
            + "SELECT at, actor, 'REVOKE', outcome, pupils, 2, chain_hash FROM da_audit WHERE chain_position = 1");

    AuditVerification found = world.access.verifyAudit();
    assertThat(found.firstBreak()).contains(2L);
    assertThat(found.problem()).isEqualTo(AuditVerification.Break.ALTERED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aChainRewrittenWholeNoLongerReachesTheKeptHead(String database) {
    sixSealedEntries(database);
    String kept = world.access.verifyAudit().head();

    // Someone who knows the scheme edits entry 5 and recomputes the links from there.
    tamper("UPDATE da_audit SET actor = '" + NINA_ID.value() + "' WHERE chain_position = 5");
    List<AuditEntry> entries = world.audit();
    String previous = AuditChain.GENESIS;
    for (int position = 1; position <= 6; position++) {
      AuditEntry entry = sealedAt(position);
      previous = AuditChain.link(previous, position, entry);
      tamper("UPDATE da_audit SET chain_hash = '" + previous + "' WHERE chain_position = " + position);
    }

    AuditVerification found = world.access.verifyAudit();
    assertThat(entries).hasSize(6);
    assertThat(found.isIntact()).isTrue();
    assertThat(found.head()).isNotEqualTo(kept);
  }

  private AuditEntry sealedAt(long position) {
    return world.store().auditLog().chain(org.diaryaccess.spi.paging.PageRequest.first(100)).items().stream()
        .filter(e -> e.seal().position() == position).findFirst().orElseThrow().entry();
  }
}
