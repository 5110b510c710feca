package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.diaryaccess.tck.harness.Guide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores a host can own: an embedded H2 store in a file keeps its data across a restart, an
 * in-memory one does not, closing releases what the store opened and never the host's own
 * data source.
 */
class JdbcStoreLifecycleTest {

  @Test
  void aFileBackedStoreKeepsItsDataAcrossARestart(@TempDir Path folder) {
    Path file = folder.resolve("portal").resolve("diary-access");
    try (JdbcStore store = JdbcStore.embeddedH2(file)) {
      store.citizens().save(Guide.vasilisa());
    }
    assertThat(Files.exists(folder.resolve("portal").resolve("diary-access.mv.db"))).isTrue();

    try (JdbcStore reopened = JdbcStore.embeddedH2(file, 4)) {
      assertThat(reopened.unitOfWork().read(() -> reopened.citizens().findById(Guide.VASILISA_ID)))
          .contains(Guide.vasilisa());
    }
  }

  @Test
  void anInMemoryStoreIsGoneOnceClosed() {
    String name = "lifecycle-" + UUID.randomUUID().toString().substring(0, 8);
    try (JdbcStore store = JdbcStore.embeddedH2(name)) {
      store.citizens().save(Guide.vasilisa());
      assertThat(store.unitOfWork().read(() -> store.citizens().findById(Guide.VASILISA_ID))).isPresent();
    }
    try (JdbcStore again = JdbcStore.embeddedH2(name)) {
      assertThat(again.unitOfWork().read(() -> again.citizens().findById(Guide.VASILISA_ID))).isEmpty();
    }
  }

  @Test
  void aClosedEmbeddedStoreRefusesWorkAndClosingTwiceIsHarmless(@TempDir Path folder) {
    JdbcStore store = JdbcStore.embeddedH2(folder.resolve("db"));
    store.close();
    store.close();

    assertThatThrownBy(() -> store.unitOfWork().read(() -> store.citizens().findById(Guide.VASILISA_ID)))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void closingAStoreOnTheHostsDataSourceLeavesItOpen() throws Exception {
    DataSource hosts = Databases.freshH2();
    JdbcStore.on(hosts).close();

    try (Connection connection = hosts.getConnection()) {
      assertThat(connection.isValid(1)).isTrue();
    } finally {
      Databases.dropH2(hosts);
    }
  }

  @Test
  void aPoolIsSizedWithinReason(@TempDir Path folder) {
    assertThatThrownBy(() -> JdbcStore.embeddedH2(folder.resolve("db"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JdbcStore.embeddedH2(folder.resolve("db"), 257))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
