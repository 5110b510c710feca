package org.diaryaccess.adapters.jdbc;

import com.google.common.collect.Sets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.DecisionFacts;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.jspecify.annotations.Nullable;

/**
 * Everything a decision reads in one query: the citizen, joined to their live grants for the
 * pupil and each grant's grantor, joined to the pupil record and its representatives. The rows
 * are (live grants or one) × (representatives or one) — a handful — all found by primary key or
 * index.
 */
final class JdbcAccessFacts implements AccessFacts {
  private static final String COLUMNS = ""
      + "c.id, c.surname, c.given_name, c.patronymic, c.birth_date, c.gender, c.email_raw, c.phone_raw, c.snils_raw, "
      + "c.email_norm, c.phone_norm, c.snils_norm, "
      + "g.id AS g_id, g.invitation_id AS g_invitation_id, g.grantor AS g_grantor, g.trustee AS g_trustee, "
      + "g.pupil_id AS g_pupil_id, g.service AS g_service, g.sections AS g_sections, g.end_date AS g_end_date, "
      + "g.state AS g_state, g.accepted_at AS g_accepted_at, g.deadline AS g_deadline, "
      + "g.activated_at AS g_activated_at, g.ended_at AS g_ended_at, g.ended_by AS g_ended_by, "
      + "g.termination AS g_termination, "
      + "g.version AS g_version, "
      + "gc.id AS gc_id, gc.surname AS gc_surname, gc.given_name AS gc_given_name, gc.patronymic AS gc_patronymic, "
      + "gc.birth_date AS gc_birth_date, gc.gender AS gc_gender, gc.email_raw AS gc_email_raw, "
      + "gc.phone_raw AS gc_phone_raw, gc.snils_raw AS gc_snils_raw, gc.email_norm AS gc_email_norm, "
      + "gc.phone_norm AS gc_phone_norm, gc.snils_norm AS gc_snils_norm, "
      + "p.id AS p_id, p.school_id AS p_school_id, p.class_name AS p_class_name, p.surname AS p_surname, "
      + "p.given_name AS p_given_name, p.patronymic AS p_patronymic, p.birth_date AS p_birth_date, "
      + "p.enrolled AS p_enrolled, p.email_raw AS p_email_raw, p.phone_raw AS p_phone_raw, "
      + "p.snils_raw AS p_snils_raw, p.email_norm AS p_email_norm, p.phone_norm AS p_phone_norm, "
      + "p.snils_norm AS p_snils_norm, "
      + "r.position AS r_position, r.kind AS r_kind, r.surname AS r_surname, r.given_name AS r_given_name, "
      + "r.patronymic AS r_patronymic, r.email_raw AS r_email_raw, r.phone_raw AS r_phone_raw, "
      + "r.snils_raw AS r_snils_raw, r.email_norm AS r_email_norm, r.phone_norm AS r_phone_norm, "
      + "r.snils_norm AS r_snils_norm ";

  private static final String LIVE = JdbcGrants.hasLiveKey("g");

  /**
   * The tables of one decision, wide or narrow: the citizen, their live grant for the pupil (at
   * most one, found by its unique live key) with its grantor, the record and its representatives.
   * Parameters: the live key, the pupil, the citizen.
   */
  private static final String DECISION_TABLES = ""
      + "FROM da_citizen c "
      + "LEFT JOIN da_grant g ON g.live_key = ? "
      + "LEFT JOIN da_citizen gc ON gc.id = g.grantor "
      + "LEFT JOIN da_pupil p ON p.id = ? "
      + "LEFT JOIN da_representative r ON r.pupil_id = p.id "
      + "WHERE c.id = ?";

  /**
   * One decision: the citizen, their live grant for the pupil (at most one, found by its unique
   * live key) with its grantor, the record and its representatives. Every table is read by a
   * unique key or the representatives' primary key; the rows are as many as the representatives,
   * and are put in order by {@link #fold}, not by the database.
   */
  private static final String ONE = "SELECT " + COLUMNS + DECISION_TABLES;

  /**
   * One decision, narrow: the same rows as {@link #ONE}, but only the columns {@link
   * DecisionFacts} holds — contacts as normal forms (text as written only where it is not valid),
   * the record's enrolment and birth date, the live grant's terms, and no names.
   */
  private static final String DECISIVE = "SELECT "
      + Columns.decisiveContacts("c", "") + ", "
      + "g.id AS g_id, g.sections AS g_sections, g.end_date AS g_end_date, g.state AS g_state, "
      + "g.deadline AS g_deadline, "
      + "gc.id AS gc_id, " + Columns.decisiveContacts("gc", "gc_") + ", "
      + "p.id AS p_id, p.birth_date AS p_birth_date, p.enrolled AS p_enrolled, "
      + Columns.decisiveContacts("p", "p_") + ", "
      + "r.position AS r_position, " + Columns.decisiveContacts("r", "r_") + " " + DECISION_TABLES;

  /**
   * A citizen's home page: the citizen, each record holding one of their contacts in a key field
   * or named by one of their live grants, and per record their live grants with grantors and its
   * representatives.
   */
  private static String forCitizen(Set<ContactField> keys) {
    // The candidates first, each found through an index, then joined by primary key: a
    // correlated IN over da_pupil would make some planners scan every pupil.
    StringBuilder candidates = new StringBuilder();
    for (ContactField key : keys) {
      candidates.append("SELECT pc.pupil_id AS pid FROM da_citizen me JOIN da_pupil_contact pc ON pc.kind = '")
          .append(Columns.contactKind(key)).append("' AND pc.contact = me.").append(Columns.normalisedColumn(key)).append(" WHERE me.id = ? UNION ");
    }
    candidates.append("SELECT lg.pupil_id FROM da_grant lg WHERE lg.trustee = ? AND ")
        .append(JdbcGrants.hasLiveKey("lg"));
    return "SELECT " + COLUMNS
        + "FROM da_citizen c "
        + "LEFT JOIN (" + candidates + ") cand ON 1 = 1 "
        + "LEFT JOIN da_pupil p ON p.id = cand.pid "
        + "LEFT JOIN da_grant g ON g.trustee = c.id AND g.pupil_id = p.id AND " + LIVE + " "
        + "LEFT JOIN da_citizen gc ON gc.id = g.grantor "
        + "LEFT JOIN da_representative r ON r.pupil_id = p.id "
        + "WHERE c.id = ? "
        + "ORDER BY p.id, g.id, r.position";
  }

  /**
   * A child's viewers: the record, each citizen holding one of its contacts in a key field or
   * holding one of its live grants, and per citizen their live grants with grantors; the
   * representatives too.
   */
  private static String forPupil(Set<ContactField> keys) {
    // The candidates first, each found through an index, then joined by primary key: an OR of
    // IN conditions on da_citizen would make some planners scan every citizen.
    StringBuilder candidates = new StringBuilder();
    for (ContactField key : keys) {
      candidates.append("SELECT holder.id AS cid FROM da_pupil_contact pc JOIN da_citizen holder ON holder.")
          .append(Columns.normalisedColumn(key)).append(" = pc.contact WHERE pc.pupil_id = ? AND pc.kind = '").append(Columns.contactKind(key))
          .append("' UNION ");
    }
    candidates.append("SELECT lg.trustee FROM da_grant lg WHERE lg.pupil_id = ? AND ")
        .append(JdbcGrants.hasLiveKey("lg"));
    return "SELECT " + COLUMNS
        + "FROM da_pupil p "
        + "LEFT JOIN (" + candidates + ") cand ON 1 = 1 "
        + "LEFT JOIN da_citizen c ON c.id = cand.cid "
        + "LEFT JOIN da_grant g ON g.trustee = c.id AND g.pupil_id = p.id AND " + LIVE + " "
        + "LEFT JOIN da_citizen gc ON gc.id = g.grantor "
        + "LEFT JOIN da_representative r ON r.pupil_id = p.id "
        + "WHERE p.id = ? "
        + "ORDER BY c.id, g.id, r.position";
  }

  /** The statements per set of key fields: a handful of sets in any deployment. */
  private final Map<Set<ContactField>, String> citizenStatements = new ConcurrentHashMap<>();
  private final Map<Set<ContactField>, String> pupilStatements = new ConcurrentHashMap<>();

  private final JdbcTransactions tx;
  private final Sql sql;

  JdbcAccessFacts(JdbcTransactions tx, Sql sql) {
    this.tx = tx;
    this.sql = sql;
  }

  /** One query, so one consistent state: inside a unit of work or on a connection of its own in auto-commit. */
  @Override
  public Facts load(CitizenId citizenId, PupilRecordId pupilId) {
    List<Row> rows = tx.read(() -> sql.list(ONE,
        p -> p.text(JdbcGrants.liveKey(citizenId, pupilId)).text(pupilId.value()).text(citizenId.value()), Row::of));
    return rows.isEmpty() ? Facts.unknownCitizen() : fold(rows);
  }

  /** One narrow query, so one consistent state, as {@link #load}. */
  @Override
  public DecisionFacts decisionFacts(CitizenId citizenId, PupilRecordId pupilId) {
    return tx.read(() -> sql.query(DECISIVE,
        p -> p.text(JdbcGrants.liveKey(citizenId, pupilId)).text(pupilId.value()).text(citizenId.value()),
        JdbcAccessFacts::decisive));
  }

  /** Folds the narrow rows of one decision: as many as the representatives, or one. */
  private static DecisionFacts decisive(Cells cells) throws SQLException {
    if (!cells.next()) {
      return DecisionFacts.unknownCitizen();
    }
    Contacts asker = Columns.decisiveContacts(cells);
    boolean recorded = cells.text("p_id") != null;
    boolean enrolled = recorded && cells.flag("p_enrolled");
    LocalDate born = recorded ? cells.date("p_birth_date") : null;
    Contacts pupil = recorded ? Columns.decisiveContacts(cells.prefixed("p_")) : Contacts.none();
    // The live grant is found by its unique key: every row repeats the same one, or none.
    DecisionFacts.Terms grant = cells.text("g_id") == null ? null : terms(cells);
    TreeMap<Integer, Contacts> representatives = new TreeMap<>();
    do {
      if (recorded && cells.text("r_position") != null) {
        representatives.putIfAbsent(cells.integer("r_position"), Columns.decisiveContacts(cells.prefixed("r_")));
      }
    } while (cells.next());
    return new DecisionFacts(asker,
        recorded ? new DecisionFacts.Enrolment(enrolled, born, pupil, List.copyOf(representatives.values())) : null,
        grant == null ? List.of() : List.of(grant));
  }

  private static DecisionFacts.Terms terms(Cells cells) throws SQLException {
    Contacts grantor = cells.text("gc_id") == null ? null : Columns.decisiveContacts(cells.prefixed("gc_"));
    return new DecisionFacts.Terms(GrantId.of(cells.required("g_id")), Columns.sections(cells.required("g_sections")),
        cells.date("g_end_date"), GrantState.valueOf(cells.required("g_state")), cells.requiredInstant("g_deadline"),
        grantor);
  }

  @Override
  public boolean loadIsAtomic() {
    return true;
  }

  @Override
  public CitizenFacts forCitizen(CitizenId citizenId, Set<ContactField> keys) {
    Set<ContactField> ordered = Sets.immutableEnumSet(keys);
    String statement = citizenStatements.computeIfAbsent(ordered, JdbcAccessFacts::forCitizen);
    List<Row> rows = sql.list(statement, p -> {
      // One for each key's candidates, one for the live grants', one for the citizen.
      for (int i = 0; i < ordered.size() + 2; i++) {
        p.text(citizenId.value());
      }
    }, Row::of);
    if (rows.isEmpty()) {
      return new CitizenFacts(null, List.of());
    }
    List<Facts> candidates = groups(rows, row -> row.record() == null ? null : row.record().id().value());
    return new CitizenFacts(rows.get(0).citizen(), candidates);
  }

  @Override
  public PupilFacts forPupil(PupilRecordId pupilId, Set<ContactField> keys) {
    Set<ContactField> ordered = Sets.immutableEnumSet(keys);
    String statement = pupilStatements.computeIfAbsent(ordered, JdbcAccessFacts::forPupil);
    List<Row> rows = sql.list(statement, p -> {
      // One for each key's candidates, one for the live grants', one for the record.
      for (int i = 0; i < ordered.size() + 2; i++) {
        p.text(pupilId.value());
      }
    }, Row::of);
    if (rows.isEmpty()) {
      return new PupilFacts(null, List.of());
    }
    List<Facts> candidates = groups(rows, row -> row.citizen() == null ? null : row.citizen().id().value());
    PupilRecord record = fold(rows).record();
    return new PupilFacts(record, candidates);
  }

  /** Splits rows ordered by a key into one {@link Facts} per key; rows without a key are skipped. */
  private static List<Facts> groups(List<Row> rows, Function<Row, @Nullable String> key) {
    List<Facts> facts = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      String current = key.apply(rows.get(i));
      int end = i;
      while (end < rows.size() && Objects.equals(key.apply(rows.get(end)), current)) {
        end++;
      }
      if (current != null) {
        facts.add(fold(rows.subList(i, end)));
      }
      i = end;
    }
    return facts;
  }

  /** Folds the rows of one citizen and one record into their facts. */
  private static Facts fold(List<Row> rows) {
    Row first = rows.get(0);
    Map<String, Grant> grants = new LinkedHashMap<>();
    Map<CitizenId, Citizen> grantors = new LinkedHashMap<>();
    Map<Integer, LegalRepresentative> representatives = new TreeMap<>();
    for (Row row : rows) {
      if (row.grant() != null) {
        grants.putIfAbsent(row.grant().id().value(), row.grant());
      }
      if (row.grantor() != null) {
        grantors.putIfAbsent(row.grantor().id(), row.grantor());
      }
      if (row.representative() != null) {
        representatives.putIfAbsent(row.position(), row.representative());
      }
    }
    PupilRecord record = first.record() == null ? null
        : first.record().withRepresentatives(new ArrayList<>(representatives.values()));
    return new Facts(first.citizen(), record, List.copyOf(grants.values()), grantors);
  }

  /** One row: the citizen, and possibly a grant with its grantor, the record and a representative. */
  private record Row(@Nullable Citizen citizen, @Nullable Grant grant, @Nullable Citizen grantor, @Nullable PupilRecord record,
      int position, @Nullable LegalRepresentative representative) {

    static Row of(Cells cells) throws SQLException {
      Citizen citizen = cells.text("id") == null ? null : JdbcCitizens.citizen(cells);
      Grant grant = cells.text("g_id") == null ? null : JdbcGrants.grant(cells.prefixed("g_"));
      Citizen grantor = cells.text("gc_id") == null ? null : JdbcCitizens.citizen(cells.prefixed("gc_"));
      PupilRecord record = cells.text("p_id") == null ? null : new PupilRecord(
          PupilRecordId.of(cells.required("p_id")), SchoolId.of(cells.required("p_school_id")),
          cells.required("p_class_name"), Columns.name(cells.prefixed("p_")), cells.date("p_birth_date"),
          Columns.contacts(cells.prefixed("p_")), cells.flag("p_enrolled"), List.of());
      String kind = cells.text("r_kind");
      LegalRepresentative rep = kind == null ? null : new LegalRepresentative(RepresentativeKind.valueOf(kind),
          Columns.name(cells.prefixed("r_")), Columns.contacts(cells.prefixed("r_")));
      return new Row(citizen, grant, grantor, record, cells.integer("r_position"), rep);
    }
  }
}
