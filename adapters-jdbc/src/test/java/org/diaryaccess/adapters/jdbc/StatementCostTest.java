package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.ANTON_CITIZEN_ID;
import static org.diaryaccess.tck.harness.Guide.NINA_ID;
import static org.diaryaccess.tck.harness.Guide.NINA_PHONE;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.MutableClock;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a decision and a list cost in statements, counted at the driver: a decision is one query
 * whoever asks (citizen, live grants with grantors, record with representatives, in one join); so
 * is each page of a list: invitations with their children, a citizen's diaries, a child's viewers,
 * a representative's trusted persons; and so is what the invitation rule reads. A decision writes
 * nothing: the access history's batch is written later, in two statements whatever its size. On
 * H2 every one of those queries is one H2 keeps parsed between runs, and a refusal rolls nothing
 * back (a rollback empties H2's cache of parsed statements).
 */
class StatementCostTest {

  static Stream<String> databases() {
    return Stream.of("h2", "postgres");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void decisionsAndListsCostAFewStatements(String name) {
    InstrumentedDataSource db = new InstrumentedDataSource(
        name.equals("h2") ? Databases.emptyH2() : Databases.emptyPostgres());
    JdbcStore store = JdbcStore.on(db);
    store.citizens().save(Guide.vasilisa());
    store.citizens().save(Guide.nina());
    store.citizens().save(Guide.antonCitizen());
    store.citizens().save(Guide.stranger());
    store.schoolRegister().upsert(List.of(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer(),
        Guide.dmitryAsTheSchoolHoldsHim())));
    DiaryAccess access = DiaryAccess.builder().store(store).notificationCentre(new RecordingNotificationCentre())
        .diaryProvisioning(new RecordingDiaryProvisioning()).clock(new MutableClock(Guide.SCHOOL_YEAR_STARTS)).build();
    access.accept(NINA_ID, access.send(VASILISA_ID,
        InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value()))).id());
    access.housekeeping();

    assertThat(cost(db, true, () -> access.decide(VASILISA_ID, ANTON).isAllowed())).isEqualTo(1);
    assertThat(cost(db, true, () -> access.decide(ANTON_CITIZEN_ID, ANTON).isAllowed())).isEqualTo(1);
    assertThat(cost(db, false, () -> access.decide(Guide.STRANGER_ID, ANTON).isAllowed())).isEqualTo(1);
    assertThat(cost(db, true, () -> access.decide(NINA_ID, ANTON).isAllowed())).isEqualTo(1);
    assertThat(cost(db, true, () -> access.invitationsSent(VASILISA_ID, java.util.Set.of(), PageRequest.first())
        .items().size() == 1)).as("a page of invitations with their children").isEqualTo(1);
    // The two lists built on decisions: one query each, whatever the candidates.
    assertThat(cost(db, true, () -> access.visibleDiaries(VASILISA_ID, PageRequest.first()).items().size() == 1))
        .isEqualTo(1);
    assertThat(cost(db, true, () -> access.visibleDiaries(NINA_ID, PageRequest.first()).items().size() == 1))
        .isEqualTo(1);
    assertThat(cost(db, true, () -> access.whoCanSee(VASILISA_ID, ANTON, PageRequest.first()).items().size() == 3))
        .isEqualTo(1);
    // R7 reads its facts in one query; the preview's audit entry is the second statement.
    assertThat(cost(db, true, () -> access.preview(VASILISA_ID,
        InvitationRequest.byPhone("+7 999 000-11-22", "Петров", List.of(ANTON.value()))).children().size() == 1))
        .as("a preview: the invitation rule's facts, then its audit entry").isEqualTo(2);
    // A refusal after the facts were read ends the transaction that read them with a commit, which
    // keeps H2's parsed statements; a rollback would empty its cache. Only the refusal's audit entry is written.
    db.resetCount();
    assertThatThrownBy(() -> access.preview(VASILISA_ID,
        InvitationRequest.byPhone("+7 999 000-11-22", "Неизвестная", List.of(ANTON.value()))))
        .isInstanceOf(RefusedException.class);
    assertThat(db.statements()).as("a refused preview: the facts, then the refusal's audit entry").isEqualTo(2);
    assertThat(db.rollbacks()).as("rollbacks of a refused preview").isZero();
    // The trusted-persons page: the children, their live grants and pending invitations, and their names.
    access.send(VASILISA_ID, InvitationRequest.byPhone("+7 999 000-11-22", "Петров", List.of(ANTON.value())));
    assertThat(cost(db, true, () -> access.trustedPersons(VASILISA_ID, PageRequest.first()).items().size() == 2))
        .as("a page of trusted persons, a grant and an invitation").isEqualTo(1);
    assertThat(cost(db, true, () -> access.trustedPersons(VASILISA_ID, ANTON, PageRequest.first()).items().size() == 2))
        .as("one child's trusted persons").isEqualTo(1);
    // R15: the decisions above were counted in memory; writing them is two statements however many rows —
    // the batch's id, then its rows in one upsert.
    assertThat(cost(db, true, () -> {
      access.close();
      return store.unitOfWork().read(() -> store.diaryViews().ofPupil(ANTON, java.time.LocalDate.of(2026, 1, 1),
          java.time.LocalDate.of(2027, 1, 1), null, PageRequest.first())).items().size() == 3;
    })).as("a batch of the history, and the read that checks it").isEqualTo(3);
    if (name.equals("h2")) {
      everyQueryIsOneH2KeepsParsed(db);
    }
  }

  /**
   * H2 keeps the parsed and planned form of a statement in the session's cache only when it
   * says the statement is cacheable; one it is not is parsed and planned again on every run (a
   * statement whose top is a {@code UNION} made a refused invitee look-up three times dearer).
   * Every query the store ran above is asked of H2 itself, but the locking reads: H2 keeps no
   * {@code FOR UPDATE} parsed, and those are one-table reads.
   */
  private static void everyQueryIsOneH2KeepsParsed(InstrumentedDataSource db) {
    List<String> queries = db.prepared().stream()
        .filter(sql -> sql.startsWith("SELECT") || sql.startsWith("WITH"))
        .filter(sql -> !sql.endsWith("FOR UPDATE")).toList();
    assertThat(queries).as("the queries the flows above ran").hasSizeGreaterThan(5)
        .anyMatch(sql -> sql.contains("UNION ALL"));
    try (Connection c = db.getConnection()) {
      SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
      assertThat(queries).allSatisfy(sql -> assertThat(session.prepareLocal(sql).isCacheable())
          .as("H2 keeps this query parsed: %s", sql).isTrue());
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** Statements the call ran; its answer must be the expected one, so a broken path cannot look cheap. */
  private static int cost(InstrumentedDataSource db, boolean expected, Supplier<Boolean> call) {
    db.resetCount();
    assertThat(call.get()).isEqualTo(expected);
    return db.statements();
  }
}
