package org.diaryaccess.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.sql.DataSource;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;

/**
 * The match precomputed at write time, on a database, at its best: a table of one row per
 * (citizen, pupil) pair with a basis — the pupil, a legal representative, or a trusted person
 * whose grantor still represents the child — holding everything the rules would still check when
 * asked (enrolment, birth date, the grant's sections, end date, state and deadline). A decision
 * then reads two rows: the asker's, for their profile (an unknown citizen and a profile not ready
 * are answered from it), and the pair's.
 *
 * <p>This is a floor, not a store: the table is made once from the loaded city by SQL (R3 as the
 * standard policy states it for contacts written validly, which the city's are) and is kept by
 * no write. A store that kept it would match a citizen's pairs again on every profile save, a
 * record's on every import that changes it, and a trusted person's on every write to her grant
 * or to her grantor's standing — all in the unit of work of the write. {@link #matchAgain} is
 * what the first two would do; {@code PrecomputedRaceTest} shows that, done so on PostgreSQL, a
 * profile save and a correction of the record racing each other leave a pair the record no
 * longer holds.
 */
final class PrecomputedRows {
  /** The table; in the benchmarks' databases only, never in the library's schema. */
  private static final String TABLE = ""
      + "CREATE TABLE bench_pair ("
      + "citizen_id VARCHAR(128) NOT NULL, pupil_id VARCHAR(128) NOT NULL, basis CHAR(1) NOT NULL, "
      + "enrolled BOOLEAN NOT NULL, birth_date DATE, "
      + "grant_id VARCHAR(128), sections VARCHAR(200), end_date DATE, state VARCHAR(16), "
      + "deadline TIMESTAMP(6) WITH TIME ZONE, "
      + "PRIMARY KEY (citizen_id, pupil_id))";

  /** R3 on normal forms: e-mail and phone equal, and the SNILS equal where both hold one. */
  private static final String SAME_PERSON = "c.email_norm = %1$s.email_norm AND c.phone_norm = %1$s.phone_norm "
      + "AND (c.snils_norm IS NULL OR %1$s.snils_norm IS NULL OR c.snils_norm = %1$s.snils_norm)";

  /** The pupils themselves, their legal representatives, then the trusted persons whose grantor is one. */
  private static final String[] FILL = {
      "INSERT INTO bench_pair (citizen_id, pupil_id, basis, enrolled, birth_date) "
          + "SELECT c.id, p.id, 'P', p.enrolled, p.birth_date FROM da_pupil p JOIN da_citizen c ON "
          + String.format(SAME_PERSON, "p"),
      representatives(""),
      "INSERT INTO bench_pair (citizen_id, pupil_id, basis, enrolled, birth_date, grant_id, sections, end_date, "
          + "state, deadline) "
          + "SELECT g.trustee, g.pupil_id, 'T', gm.enrolled, gm.birth_date, g.id, g.sections, g.end_date, g.state, "
          + "g.deadline FROM da_grant g "
          + "JOIN bench_pair gm ON gm.citizen_id = g.grantor AND gm.pupil_id = g.pupil_id AND gm.basis = 'R' "
          + "WHERE g.live_key IS NOT NULL "
          + "AND NOT EXISTS (SELECT 1 FROM bench_pair own "
          + "WHERE own.citizen_id = g.trustee AND own.pupil_id = g.pupil_id)",
  };

  /** A citizen's pairs as a representative, or a record's: what a write that changes either deletes. */
  private static final String FORGET_CITIZEN = "DELETE FROM bench_pair WHERE citizen_id = ? AND basis = 'R'";
  private static final String FORGET_RECORD = "DELETE FROM bench_pair WHERE pupil_id = ? AND basis = 'R'";

  /** The legal representatives' pairs that the condition keeps, matched as the statement reads the tables. */
  private static String representatives(String condition) {
    return "INSERT INTO bench_pair (citizen_id, pupil_id, basis, enrolled, birth_date) "
        + "SELECT DISTINCT c.id, p.id, 'R', p.enrolled, p.birth_date FROM da_representative r "
        + "JOIN da_citizen c ON " + String.format(SAME_PERSON, "r") + " "
        + "JOIN da_pupil p ON p.id = r.pupil_id "
        + "WHERE NOT EXISTS (SELECT 1 FROM bench_pair own WHERE own.citizen_id = c.id AND own.pupil_id = p.id)"
        + condition;
  }

  /**
   * What a store keeping the table would do in the transaction that saves a citizen's profile:
   * forget her pairs as a legal representative and match her again against the records as this
   * transaction reads them.
   *
   * @param c the saving transaction's connection
   * @param citizen whose profile was saved
   * @throws SQLException if the database fails
   */
  static void matchAgain(Connection c, CitizenId citizen) throws SQLException {
    matchAgain(c, FORGET_CITIZEN, representatives(" AND c.id = ?"), citizen.value());
  }

  /**
   * What a store keeping the table would do in the transaction that writes a record: forget its
   * legal representatives' pairs and match its entries again against the citizens as this
   * transaction reads them.
   *
   * @param c the writing transaction's connection
   * @param pupil the record written
   * @throws SQLException if the database fails
   */
  static void matchAgain(Connection c, PupilRecordId pupil) throws SQLException {
    matchAgain(c, FORGET_RECORD, representatives(" AND p.id = ?"), pupil.value());
  }

  private static void matchAgain(Connection c, String forget, String match, String id) throws SQLException {
    for (String statement : new String[] {forget, match}) {
      try (PreparedStatement ps = c.prepareStatement(statement)) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
  }

  /**
   * One decision: the asker's profile (what a no-basis answer says of it) and the pair's row.
   * Parameters: the pupil, the citizen.
   */
  static final String QUERY = "SELECT c.email_norm, c.phone_norm, c.snils_norm, "
      + "CASE WHEN c.snils_norm IS NULL THEN c.snils_raw END AS snils_bad, "
      + "m.basis, m.enrolled, m.birth_date, m.grant_id, m.sections, m.end_date, m.state, m.deadline "
      + "FROM da_citizen c LEFT JOIN bench_pair m ON m.citizen_id = c.id AND m.pupil_id = ? "
      + "WHERE c.id = ?";

  private static final String SEPARATOR = "\u001f";
  private static final int AGE_OF_MAJORITY = 18;

  /** The databases the table has been made in, in this JVM. */
  private static final Set<DataSource> MADE = Collections.newSetFromMap(new IdentityHashMap<>());

  private PrecomputedRows() {}

  /**
   * Makes the table in a loaded city's database, once per database in this JVM.
   *
   * @param dataSource the loaded city
   */
  static synchronized void makeIn(DataSource dataSource) {
    if (MADE.contains(dataSource)) {
      return;
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(TABLE);
      for (String fill : FILL) {
        s.executeUpdate(fill);
      }
      s.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("the precomputed table could not be made", e);
    }
    MADE.add(dataSource);
  }

  /** What the table answers: the decision's outcome, without its wording. */
  enum Answer {
    /** Let in. */
    ALLOWED,
    /** A tie that does not let them in: the child left or came of age, a grant not open, a section not shared. */
    DENIED,
    /** No tie to the child, with a profile that could match. */
    NO_BASIS,
    /** No tie to the child, and a profile that could match nobody. */
    NO_BASIS_PROFILE_NOT_READY,
    /** Nobody the portal knows. */
    UNKNOWN_CITIZEN
  }

  /**
   * What the table answers a citizen asking to see a section of a pupil's diary on a day: two rows
   * read, the rest compared in this JVM.
   *
   * @param dataSource the loaded city, with the table made
   * @param citizen who asks
   * @param pupil whose diary
   * @param section the section asked about
   * @param today the day asked on
   * @return the answer
   * @throws SQLException if the database fails
   */
  static Answer answer(DataSource dataSource, CitizenId citizen, PupilRecordId pupil, DiarySection section,
      LocalDate today) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(QUERY)) {
      ps.setString(1, pupil.value());
      ps.setString(2, citizen.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? answer(rs, section, today) : Answer.UNKNOWN_CITIZEN;
      }
    }
  }

  private static Answer answer(ResultSet rs, DiarySection section, LocalDate today) throws SQLException {
    String basis = rs.getString("basis");
    if (basis == null) {
      boolean ready = rs.getString("email_norm") != null && rs.getString("phone_norm") != null
          && rs.getString("snils_bad") == null;
      return ready ? Answer.NO_BASIS : Answer.NO_BASIS_PROFILE_NOT_READY;
    }
    LocalDate born = rs.getObject("birth_date", LocalDate.class);
    boolean ofAge = born != null && Period.between(born, today).getYears() >= AGE_OF_MAJORITY;
    boolean allowed = rs.getBoolean("enrolled") && switch (basis) {
      case "P" -> true;
      case "R" -> !ofAge;
      default -> {
        LocalDate end = rs.getObject("end_date", LocalDate.class);
        yield !ofAge && "ACTIVE".equals(rs.getString("state")) && (end == null || !today.isAfter(end))
            && (SEPARATOR + rs.getString("sections") + SEPARATOR).contains(SEPARATOR + section.name() + SEPARATOR);
      }
    };
    return allowed ? Answer.ALLOWED : Answer.DENIED;
  }
}
