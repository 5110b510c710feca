package org.diaryaccess.examples;

import java.time.Clock;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.NotificationCentre;

/**
 * A host that keeps everything in one JVM: the in-memory adapter, the host's own notification
 * centre and diary system (recording stand-ins here).
 */
public final class InMemoryHost {
  private InMemoryHost() {}

  /**
   * Wires the library on an in-memory store.
   *
   * @param store the store, which the host fills with profiles and school records
   * @param centre the host's notification centre
   * @param diarySystem the host's diary system
   * @param clock the host's clock
   * @return the library, built once and shared by every thread
   */
  public static DiaryAccess wire(InMemoryStore store, NotificationCentre centre, DiaryProvisioning diarySystem,
      Clock clock) {
    return DiaryAccess.builder()
        .store(store)
        .notificationCentre(centre)
        .diaryProvisioning(diarySystem)
        .clock(clock)
        .build();
  }

  /**
   * Wires the library with recording stand-ins and prints a decision.
   *
   * @param args none
   */
  public static void main(String[] args) {
    InMemoryStore store = new InMemoryStore();
    DiaryAccess access = wire(store, new RecordingNotificationCentre(), new RecordingDiaryProvisioning(),
        Clock.systemUTC());
    System.out.println(access.settings());
  }
}
