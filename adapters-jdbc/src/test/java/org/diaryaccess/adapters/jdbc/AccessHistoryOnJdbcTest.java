package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.history.HistoryEntry;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R15 on a database: the history survives a restart, and two instances' counts for one day add up
 * in one row.
 */
class AccessHistoryOnJdbcTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
  private final MutableClock clock = new MutableClock(Guide.SCHOOL_YEAR_STARTS);

  private DiaryAccess instanceOn(JdbcStore store) {
    return DiaryAccess.builder().store(store).notificationCentre(new RecordingNotificationCentre())
        .diaryProvisioning(new RecordingDiaryProvisioning()).clock(clock).build();
  }

  private static void theMotherAndHerSon(JdbcStore store) {
    store.citizens().save(Guide.vasilisa());
    store.schoolRegister().upsert(List.of(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer())));
  }

  private static List<HistoryEntry> history(DiaryAccess access) {
    return access.accessHistory(VASILISA_ID, ANTON, FIRST_DAY, FIRST_DAY, PageRequest.first()).items();
  }

  @Test
  void theHistorySurvivesARestart(@TempDir Path folder) {
    Path file = folder.resolve("portal");
    try (JdbcStore store = JdbcStore.embeddedH2(file)) {
      theMotherAndHerSon(store);
      DiaryAccess access = instanceOn(store);
      access.decide(VASILISA_ID, ANTON, DiarySection.GRADES);
      access.decide(VASILISA_ID, ANTON, DiarySection.GRADES);
      access.close();
    }
    try (JdbcStore store = JdbcStore.embeddedH2(file)) {
      assertThat(history(instanceOn(store))).singleElement()
          .satisfies(line -> assertThat(line.sections()).containsEntry(DiarySection.GRADES, 2L));
    }
  }

  @Test
  void twoInstancesOnOnePostgresAddUpInOneRow() {
    DataSource db = Databases.emptyPostgres();
    JdbcStore first = JdbcStore.on(db);
    JdbcStore second = JdbcStore.on(db);
    theMotherAndHerSon(first);
    DiaryAccess one = instanceOn(first);
    DiaryAccess two = instanceOn(second);
    one.decide(VASILISA_ID, ANTON);
    two.decide(VASILISA_ID, ANTON);
    two.decide(VASILISA_ID, ANTON, DiarySection.HOMEWORK);
    one.housekeeping();
    two.housekeeping();

    assertThat(history(one)).singleElement().satisfies(line -> {
      assertThat(line.count()).isEqualTo(3);
      assertThat(line.sections()).containsEntry(DiarySection.HOMEWORK, 1L);
    });
  }
}
