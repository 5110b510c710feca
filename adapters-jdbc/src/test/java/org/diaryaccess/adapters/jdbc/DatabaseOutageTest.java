package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.NINA_ID;
import static org.diaryaccess.tck.harness.Guide.NINA_PHONE;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.diaryaccess.core.audit.AuditVerification;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.World;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL going away and coming back under a running library: while the server is down,
 * every command and decision fails typed ({@code STORAGE_UNAVAILABLE}, transient) and nothing is
 * half-written; once it is back, the same {@code DiaryAccess} on the same pool works again, with
 * no restart of the host.
 */
class DatabaseOutageTest {

  @Test
  void commandsFailTypedDuringAnOutageAndTheSameLibraryWorksAfterIt() throws Exception {
    Path data = Files.createTempDirectory("outage-pg");
    int port = freePort();
    EmbeddedPostgres server = start(data, port);
    try (HikariDataSource pool = pool(server)) {
      JdbcStore.on(pool).migrate();
      World world = new World(JdbcBackend.on(pool), AccessSettings.defaults());
      world.registered(Guide.vasilisa(), Guide.nina()).schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
      Invitation invitation = world.access.send(VASILISA_ID,
          InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
      int audited = world.audit().size();

      server.close();
      assertThatThrownBy(() -> world.access.accept(NINA_ID, invitation.id()))
          .isInstanceOfSatisfying(TransientStorageException.class,
              e -> assertThat(e.reasons()).containsExactly(ReasonCode.STORAGE_UNAVAILABLE));
      assertThatThrownBy(() -> world.access.decide(VASILISA_ID, ANTON))
          .isInstanceOfSatisfying(TransientStorageException.class,
              e -> assertThat(e.reasons()).containsExactly(ReasonCode.STORAGE_UNAVAILABLE));
      assertThatThrownBy(() -> world.access.cancel(VASILISA_ID, invitation.id()))
          .isInstanceOf(TransientStorageException.class);
      assertThatThrownBy(world.access::housekeeping).isInstanceOf(TransientStorageException.class);

      server = start(data, port);
      // The pool finds the server again on its own; a decision is the first thing to succeed.
      assertThat(eventually(() -> world.access.decide(VASILISA_ID, ANTON)).isAllowed()).isTrue();
      assertThat(world.store().invitations().findById(invitation.id()).orElseThrow().state())
          .isEqualTo(InvitationState.PENDING);
      assertThat(world.store().grants().liveForTrustee(NINA_ID)).isEmpty();
      assertThat(world.audit()).hasSize(audited);

      Grant grant = world.access.accept(NINA_ID, invitation.id()).grants().get(0);
      world.access.confirmProvisioning(grant.id());
      assertThat(world.access.decide(NINA_ID, ANTON, DiarySection.GRADES).isAllowed()).isTrue();
      world.access.housekeeping();
      assertThat(world.access.verifyAudit()).extracting(AuditVerification::isIntact).isEqualTo(true);
    } finally {
      server.close();
    }
  }

  /** The call's answer once it stops failing for want of the database, trying for up to 15 s. */
  private static <T> T eventually(Supplier<T> call) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (true) {
      try {
        return call.get();
      } catch (TransientStorageException unavailable) {
        if (System.nanoTime() > deadline) {
          throw unavailable;
        }
        Thread.sleep(200);
      }
    }
  }

  private static EmbeddedPostgres start(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
  }

  /** A pool that gives up on a connection within a second, as a host's should while its database is away. */
  private static HikariDataSource pool(EmbeddedPostgres server) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(4);
    config.setConnectionTimeout(1_000);
    return new HikariDataSource(config);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
