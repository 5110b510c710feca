package org.diaryaccess.benchmarks;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.model.Citizen;
import org.diaryaccess.spi.model.Grant;

/** Loads a city into a store and wires the library on it, as a host would. */
final class Stores {
  private static int h2Databases;

  private Stores() {}

  /**
   * A library on the named store, holding the city.
   *
   * @param kind {@code inmemory} or {@code h2}
   * @param city the city to load
   * @return the library
   */
  static DiaryAccess load(String kind, City city) {
    DiaryStore store;
    switch (kind) {
      case "inmemory" -> {
        InMemoryStore memory = new InMemoryStore();
        city.citizens.forEach(memory.citizens()::save);
        store = memory;
      }
      case "h2" -> {
        JdbcStore jdbc = JdbcStore.embeddedH2("bench" + nextH2());
        jdbc.unitOfWork().write(() -> {
          for (Citizen citizen : city.citizens) {
            jdbc.citizens().save(citizen);
          }
          return Boolean.TRUE;
        });
        store = jdbc;
      }
      default -> throw new IllegalArgumentException("unknown store: " + kind);
    }
    for (int from = 0; from < city.records.size(); from += 10_000) {
      List<org.diaryaccess.spi.model.PupilRecord> batch =
          city.records.subList(from, Math.min(city.records.size(), from + 10_000));
      store.schoolRegister().upsert(batch);
    }
    DiaryStore loaded = store;
    loaded.unitOfWork().write(() -> {
      for (Grant grant : city.grants) {
        loaded.grants().insert(grant);
      }
      return Boolean.TRUE;
    });
    return DiaryAccess.builder().store(store).notificationCentre(new RecordingNotificationCentre())
        .diaryProvisioning(new RecordingDiaryProvisioning()).clock(Clock.fixed(City.NOW, ZoneOffset.UTC)).build();
  }

  private static synchronized int nextH2() {
    return ++h2Databases;
  }
}
