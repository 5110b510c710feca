package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.NINA_PHONE;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.diaryaccess.core.audit.AuditVerification;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R14 held by the database itself, on H2 and PostgreSQL: with write access to the tables but not
 * the right to switch triggers off, nobody deletes an audit entry (nor, on PostgreSQL, truncates
 * the log), changes one, or seals one a second time; the library's own sealing — each entry once —
 * still goes through.
 */
class AuditAppendOnlyTest {

  private DataSource sealedLog(String database) {
    DataSource dataSource = database.equals("h2") ? Databases.emptyH2() : Databases.emptyPostgres();
    World world = new World(JdbcBackend.on(dataSource), AccessSettings.defaults());
    world.registered(Guide.vasilisa(), Guide.nina()).schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    Invitation invitation = world.access.send(VASILISA_ID,
        InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
    world.access.cancel(VASILISA_ID, invitation.id());
    world.access.housekeeping();
    assertThat(world.access.verifyAudit()).extracting(AuditVerification::isIntact, AuditVerification::verified)
        .containsExactly(true, 2L);
    // one more entry, committed but not yet sealed
    world.access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
    return dataSource;
  }

  private static void run(DataSource dataSource, String statement) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  private static long count(DataSource dataSource, String query) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        var rows = s.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void anEntryCannotBeChanged(String database) throws SQLException {
    DataSource log = sealedLog(database);

    assertThatThrownBy(() -> run(log, "UPDATE da_audit SET actor = 'someone-else' WHERE chain_position = 1"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> run(log, "UPDATE da_audit SET action = 'REVOKE' WHERE chain_position IS NULL"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    assertThat(count(log, "SELECT COUNT(*) FROM da_audit WHERE actor = 'someone-else' OR action = 'REVOKE'"))
        .isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aSealedEntryCannotBeSealedAgain(String database) throws SQLException {
    DataSource log = sealedLog(database);

    assertThatThrownBy(() -> run(log, "UPDATE da_audit SET chain_hash = '00' WHERE chain_position = 2"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> run(log, "UPDATE da_audit SET chain_position = 7 WHERE chain_position = 2"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void anUnsealedEntryIsSealedOnceAndOnlyWithItsContentKept(String database) throws SQLException {
    DataSource log = sealedLog(database);

    assertThatThrownBy(() -> run(log,
        "UPDATE da_audit SET chain_position = 3, chain_hash = 'ab', actor = 'x' WHERE chain_position IS NULL"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    run(log, "UPDATE da_audit SET chain_position = 3, chain_hash = 'ab' WHERE chain_position IS NULL");
    assertThat(count(log, "SELECT COUNT(*) FROM da_audit WHERE chain_position IS NULL")).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void anEntryCannotBeDeleted(String database) throws SQLException {
    DataSource log = sealedLog(database);

    assertThatThrownBy(() -> run(log, "DELETE FROM da_audit WHERE chain_position = 1"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> run(log, "DELETE FROM da_audit")).isInstanceOf(SQLException.class);
    assertThat(count(log, "SELECT COUNT(*) FROM da_audit")).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres"})
  void theLogCannotBeTruncatedOnPostgresql(String database) throws SQLException {
    DataSource log = sealedLog(database);

    assertThatThrownBy(() -> run(log, "TRUNCATE da_audit")).isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(count(log, "SELECT COUNT(*) FROM da_audit")).isEqualTo(3);
  }
}
