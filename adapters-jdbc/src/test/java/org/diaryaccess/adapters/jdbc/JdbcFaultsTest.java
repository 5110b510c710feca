package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.NINA_ID;
import static org.diaryaccess.tck.harness.Guide.NINA_PHONE;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.error.PermanentStorageException;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.tck.StoreUnderTest;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A statement failing mid-command leaves no partial state — not the grants, not the outbox, not
 * the audit — and the same command then succeeds; a lost connection is retried by the library.
 */
class JdbcFaultsTest {

  static Stream<String> databases() {
    return Stream.of("h2", "postgres");
  }

  private static World worldOn(InstrumentedDataSource dataSource) {
    StoreUnderTest backend = JdbcBackend.on(dataSource);
    World world = new World(backend, AccessSettings.defaults());
    world.registered(Guide.vasilisa(), Guide.nina())
        .schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()), Guide.mashaRecord(
            Guide.vasilisaAsTheSchoolHoldsHer()));
    return world;
  }

  private static DataSource database(String name) {
    return name.equals("h2") ? Databases.emptyH2() : Databases.emptyPostgres();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aStatementFailingMidAcceptanceLeavesNothingAndARetrySucceeds(String name) {
    InstrumentedDataSource dataSource = new InstrumentedDataSource(database(name));
    World world = worldOn(dataSource);
    Invitation invitation = world.access.send(VASILISA_ID,
        InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value(), Guide.MASHA.value())));
    int auditBefore = world.audit().size();
    int outboxBefore = world.store().outbox().undelivered();

    // The second grant's insert fails: the first grant and its outbox message were already written.
    java.util.concurrent.atomic.AtomicInteger grantInserts = new java.util.concurrent.atomic.AtomicInteger();
    dataSource.failWhen(sql -> sql.startsWith("INSERT INTO da_grant") && grantInserts.incrementAndGet() == 2,
        "XX000");
    assertThatThrownBy(() -> world.access.accept(NINA_ID, invitation.id()))
        .isInstanceOf(PermanentStorageException.class);
    dataSource.heal();

    assertThat(world.store().grants().liveForTrustee(NINA_ID)).isEmpty();
    assertThat(world.store().invitations().findById(invitation.id()).orElseThrow().state())
        .isEqualTo(InvitationState.PENDING);
    assertThat(world.store().outbox().undelivered()).isEqualTo(outboxBefore);
    assertThat(world.audit()).hasSize(auditBefore);

    assertThat(world.access.accept(NINA_ID, invitation.id()).grants()).hasSize(2);
    assertThat(world.store().grants().liveForTrustee(NINA_ID))
        .allSatisfy(g -> assertThat(g.state()).isEqualTo(GrantState.PROVISIONING));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aLostConnectionIsRetriedByTheLibrary(String name) {
    InstrumentedDataSource dataSource = new InstrumentedDataSource(database(name));
    World world = worldOn(dataSource);
    java.util.concurrent.atomic.AtomicInteger inserts = new java.util.concurrent.atomic.AtomicInteger();
    dataSource.failWhen(sql -> sql.startsWith("INSERT INTO da_invitation ") && inserts.incrementAndGet() == 1,
        "08006");

    Invitation sent = world.access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева",
        List.of(ANTON.value())));

    assertThat(inserts).hasValue(2);
    assertThat(world.access.invitationsSent(VASILISA_ID, java.util.Set.of(), PageRequest.first()).items())
        .containsExactly(sent);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aNotificationCentreThatIsDownLosesNothingAndGetsEachNoticeOnce(String name) {
    World world = worldOn(new InstrumentedDataSource(database(name)));
    world.centre.failWhen(notice -> true);
    world.access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));

    for (int i = 0; i < 3; i++) {
      assertThat(world.access.housekeeping().failedDeliveries()).isEqualTo(1);
      world.after(java.time.Duration.ofHours(2));
    }
    assertThat(world.store().outbox().undelivered()).isEqualTo(1);
    world.centre.failWhen(notice -> false);
    assertThat(world.access.housekeeping().delivered()).isEqualTo(1);
    world.after(java.time.Duration.ofHours(2));
    assertThat(world.access.housekeeping().delivered()).isZero();

    assertThat(world.centre.inboxOf(NINA_ID)).hasSize(1);
    assertThat(world.centre.attempts()).isEqualTo(4);
    assertThat(world.store().outbox().undelivered()).isZero();
  }
}
