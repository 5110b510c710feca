package org.diaryaccess.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Why docs/PERFORMANCE.md does not keep the precomputed table: kept at write time on PostgreSQL
 * at READ COMMITTED, it lets a removed person in. The school corrects a child's record — the
 * phone of a legal-representative entry was someone else's — while the woman it named saves her
 * profile. Her save forgets her pairs and matches her again against the record as it reads it,
 * still uncorrected; the correction's delete of the child's pairs waits for her save and then
 * misses the pair her save wrote. Both commit: the table lets her in, the library does not.
 * Run one after the other, the same two writes leave no such pair.
 */
class PrecomputedRaceTest {
  private static final String CORRECTED_PHONE = "+79150000000";

  // Set before each test.
  @SuppressWarnings("NullAway.Init")
  private Stores.Loaded loaded;
  @SuppressWarnings("NullAway.Init")
  private DataSource dataSource;
  @SuppressWarnings("NullAway.Init")
  private City.Question parent;
  private final ExecutorService school = Executors.newSingleThreadExecutor();

  @BeforeEach
  void loadACityWithItsPairs() {
    City city = City.generate(11, 20);
    loaded = Stores.load("postgres", city);
    dataSource = Objects.requireNonNull(loaded.dataSource());
    PrecomputedRows.makeIn(dataSource);
    parent = city.parents.get(0);
  }

  @AfterEach
  void release() {
    school.shutdownNow();
    loaded.release();
  }

  @Test
  void aProfileSaveRacingTheRecordsCorrectionLeavesAPairTheRecordNoLongerHolds() throws Exception {
    CitizenId her = parent.citizen();
    PupilRecordId child = parent.pupil();
    assertThat(tableLetsIn(her, child)).isTrue();

    try (Connection save = transaction()) {
      // Her profile saved, and her pairs matched again: the record, as this transaction reads it, names her.
      saveProfile(save, her);
      PrecomputedRows.matchAgain(save, her);
      // The school's correction, in a transaction of its own: its delete of the child's pairs waits for hers.
      Future<?> correction = school.submit(() -> {
        try (Connection correct = transaction()) {
          correctPhone(correct, child);
          PrecomputedRows.matchAgain(correct, child);
          correct.commit();
        }
        return null;
      });
      awaitWaitingForALock(correction);
      save.commit();
      correction.get(30, TimeUnit.SECONDS);
    }

    // The record no longer names her: the library, which matches at every decision, keeps her out.
    DiaryAccess library = loaded.access();
    assertThat(library.decide(her, child, DiarySection.GRADES).isAllowed()).isFalse();
    // The table kept at write time still lets her in.
    assertThat(tableLetsIn(her, child)).isTrue();
  }

  @Test
  void theSameWritesOneAfterTheOtherLeaveNoSuchPair() throws Exception {
    CitizenId her = parent.citizen();
    PupilRecordId child = parent.pupil();
    try (Connection save = transaction()) {
      saveProfile(save, her);
      PrecomputedRows.matchAgain(save, her);
      save.commit();
    }
    try (Connection correct = transaction()) {
      correctPhone(correct, child);
      PrecomputedRows.matchAgain(correct, child);
      correct.commit();
    }
    assertThat(loaded.access().decide(her, child, DiarySection.GRADES).isAllowed()).isFalse();
    assertThat(tableLetsIn(her, child)).isFalse();
  }

  private boolean tableLetsIn(CitizenId citizen, PupilRecordId pupil) throws SQLException {
    return PrecomputedRows.answer(dataSource, citizen, pupil, DiarySection.GRADES, FloorBenchmark.TODAY)
        == PrecomputedRows.Answer.ALLOWED;
  }

  private Connection transaction() throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  /** A profile saved as the store saves one: the row rewritten, its contacts as they were. */
  private static void saveProfile(Connection c, CitizenId citizen) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE da_citizen SET given_name = 'Нина' WHERE id = ?")) {
      ps.setString(1, citizen.value());
      assertThat(ps.executeUpdate()).isOne();
    }
  }

  /** The school corrects the phone of the record's first legal-representative entry. */
  private static void correctPhone(Connection c, PupilRecordId pupil) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE da_representative SET phone_raw = ?, phone_norm = ? WHERE pupil_id = ? AND position = 0")) {
      ps.setString(1, CORRECTED_PHONE);
      ps.setString(2, CORRECTED_PHONE);
      ps.setString(3, pupil.value());
      assertThat(ps.executeUpdate()).isOne();
    }
  }

  /** Until the other transaction waits for a row lock, or has failed. */
  private void awaitWaitingForALock(Future<?> other) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    try (Connection watch = dataSource.getConnection(); Statement s = watch.createStatement()) {
      while (Instant.now().isBefore(deadline)) {
        if (other.isDone()) {
          other.get();
          throw new AssertionError("the correction finished without waiting for the profile save");
        }
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity "
            + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
          rs.next();
          if (rs.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("the correction never waited for the profile save");
  }
}
