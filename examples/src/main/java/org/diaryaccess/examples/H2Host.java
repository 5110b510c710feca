package org.diaryaccess.examples;

import java.time.Clock;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.NotificationCentre;

/** A single-instance host on embedded H2 through the JDBC adapter and its migrations. */
public final class H2Host {
  private H2Host() {}

  /**
   * Wires the library on an in-process H2 database, migrated on first use.
   *
   * @param database the database's name
   * @param centre the host's notification centre
   * @param diarySystem the host's diary system
   * @param clock the host's clock
   * @return the store (to import records into) and the library
   */
  public static Wired wire(String database, NotificationCentre centre, DiaryProvisioning diarySystem, Clock clock) {
    JdbcStore store = JdbcStore.embeddedH2(database);
    DiaryAccess access = DiaryAccess.builder()
        .store(store)
        .notificationCentre(centre)
        .diaryProvisioning(diarySystem)
        .clock(clock)
        .build();
    return new Wired(store, access);
  }

  /**
   * A store and the library built on it.
   *
   * @param store the JDBC store
   * @param access the library
   */
  public record Wired(JdbcStore store, DiaryAccess access) {}
}
