package org.diaryaccess.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.jspecify.annotations.Nullable;

/**
 * The school register in {@code da_pupil} and {@code da_representative}, with every valid contact
 * of a record normalised into {@code da_pupil_contact} — the index a contact look-up uses. A
 * record with its representatives is read in one query; a bulk upsert merges records and replaces
 * their representatives and contact rows in JDBC batches within one transaction.
 */
final class JdbcSchoolRegister implements SchoolRegister {
  private static final String SELECT = "SELECT p.id, p.school_id, p.class_name, p.surname, p.given_name, "
      + "p.patronymic, p.birth_date, p.enrolled, p.email_raw, p.phone_raw, p.snils_raw, p.email_norm, p.phone_norm, "
      + "p.snils_norm, r.position AS r_position, r.kind AS r_kind, r.surname AS r_surname, "
      + "r.given_name AS r_given_name, r.patronymic AS r_patronymic, r.email_raw AS r_email_raw, "
      + "r.phone_raw AS r_phone_raw, r.snils_raw AS r_snils_raw, r.email_norm AS r_email_norm, "
      + "r.phone_norm AS r_phone_norm, r.snils_norm AS r_snils_norm "
      + "FROM da_pupil p LEFT JOIN da_representative r ON r.pupil_id = p.id ";

  private final JdbcTransactions tx;
  private final Sql sql;
  private final Dialect dialect;

  JdbcSchoolRegister(JdbcTransactions tx, Sql sql, Dialect dialect) {
    this.tx = tx;
    this.sql = sql;
    this.dialect = dialect;
  }

  @Override
  public Optional<PupilRecord> findById(PupilRecordId id) {
    List<PupilRecord> found = assemble(sql.list(SELECT + "WHERE p.id = ? ORDER BY r.position",
        p -> p.text(id.value()), Row::of));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<PupilRecord> findByContact(ContactValue value) {
    return assemble(sql.list(SELECT + "WHERE p.id IN (SELECT c.pupil_id FROM da_pupil_contact c "
            + "WHERE c.kind = ? AND c.contact = ?) ORDER BY p.id, r.position",
        p -> p.text(Columns.contactKind(value.field())).text(value.normalised()), Row::of));
  }

  @Override
  public List<PupilRecord> findAllById(Collection<PupilRecordId> ids) {
    List<String> values = ids.stream().map(PupilRecordId::value).distinct().toList();
    return assemble(sql.listIn(SELECT + "WHERE p.id IN (%s) ORDER BY p.id, r.position", values, Row::of));
  }

  @Override
  public void upsert(Collection<PupilRecord> records) {
    checkNotNull(records, "records");
    List<PupilRecord> batch = ImmutableList.copyOf(records);
    checkArgument(batch.stream().map(PupilRecord::id).distinct().count() == batch.size(),
        "a batch holds at most one record per id");
    tx.write(() -> {
      // The night's import sends the whole register, and little of it has changed: the stored
      // records are read (one query per five hundred) and only those that differ are written.
      Map<PupilRecordId, PupilRecord> stored = new HashMap<>();
      findAllById(batch.stream().map(PupilRecord::id).toList()).forEach(r -> stored.put(r.id(), r));
      List<PupilRecord> changed = batch.stream().filter(r -> !r.sameAsWritten(stored.get(r.id()))).toList();
      if (!changed.isEmpty()) {
        write(changed);
      }
      return null;
    });
  }

  /** Merges records in place and replaces their rows below set by set. */
  private void write(List<PupilRecord> batch) {
    List<String> ids = batch.stream().map(r -> r.id().value()).toList();
    // Deleting and re-inserting each record cost a cascade and a key check per row (3 s per
    // 10,000 records): the rows below are replaced set by set instead.
    sql.updateIn("DELETE FROM da_representative WHERE pupil_id IN (%s)", ids);
    sql.updateIn("DELETE FROM da_pupil_contact WHERE pupil_id IN (%s)", ids);
    sql.batch(upsertPupil(),
        batch.stream().<Sql.Binder>map(r -> p -> Columns.bind(p.text(r.id().value()).text(r.school().value())
            .text(r.className()).text(r.name().surname()).text(r.name().givenName()).text(r.name().patronymic())
            .date(r.birthDate()).flag(r.enrolled()), r.contacts())).toList());
    List<Sql.Binder> representatives = new ArrayList<>();
    List<Sql.Binder> contacts = new ArrayList<>();
    for (PupilRecord record : batch) {
      String id = record.id().value();
      addContacts(contacts, id, record.contacts());
      for (int i = 0; i < record.representatives().size(); i++) {
        LegalRepresentative rep = record.representatives().get(i);
        int position = i;
        representatives.add(p -> Columns.bind(p.text(id).number(position).text(rep.kind().name())
            .text(rep.name().surname()).text(rep.name().givenName()).text(rep.name().patronymic()),
            rep.contacts()));
        addContacts(contacts, id, rep.contacts());
      }
    }
    sql.batch("INSERT INTO da_representative (pupil_id, position, kind, surname, given_name, patronymic, "
        + "email_raw, phone_raw, snils_raw, email_norm, phone_norm, snils_norm) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", representatives);
    sql.batch("INSERT INTO da_pupil_contact (pupil_id, kind, contact) VALUES (?, ?, ?)", contacts);
  }

  private String upsertPupil() {
    String columns = "id, school_id, class_name, surname, given_name, patronymic, birth_date, enrolled, email_raw, "
        + "phone_raw, snils_raw, email_norm, phone_norm, snils_norm";
    String values = "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return switch (dialect) {
      case H2 -> "MERGE INTO da_pupil (" + columns + ") KEY (id) " + values;
      case POSTGRESQL -> "INSERT INTO da_pupil (" + columns + ") " + values + " ON CONFLICT (id) DO UPDATE SET "
          + "school_id = EXCLUDED.school_id, class_name = EXCLUDED.class_name, surname = EXCLUDED.surname, "
          + "given_name = EXCLUDED.given_name, patronymic = EXCLUDED.patronymic, birth_date = EXCLUDED.birth_date, "
          + "enrolled = EXCLUDED.enrolled, email_raw = EXCLUDED.email_raw, phone_raw = EXCLUDED.phone_raw, "
          + "snils_raw = EXCLUDED.snils_raw, email_norm = EXCLUDED.email_norm, phone_norm = EXCLUDED.phone_norm, "
          + "snils_norm = EXCLUDED.snils_norm";
    };
  }

  private static void addContacts(List<Sql.Binder> rows, String pupil, Contacts contacts) {
    for (ContactValue value : contacts.values()) {
      rows.add(p -> p.text(pupil).text(Columns.contactKind(value.field())).text(value.normalised()));
    }
  }


  /** One row of the join: a record's columns and, if any, one representative's. */
  record Row(PupilRecordId id, SchoolId school, String className, PersonName name,
      @Nullable LocalDate birthDate, boolean enrolled, Contacts contacts, @Nullable LegalRepresentative representative) {

    static Row of(Cells cells) throws SQLException {
      String kind = cells.text("r_kind");
      LegalRepresentative rep = kind == null ? null : new LegalRepresentative(RepresentativeKind.valueOf(kind),
          Columns.name(cells.prefixed("r_")), Columns.contacts(cells.prefixed("r_")));
      return new Row(PupilRecordId.of(cells.required("id")), SchoolId.of(cells.required("school_id")),
          cells.required("class_name"), Columns.name(cells), cells.date("birth_date"), cells.flag("enrolled"),
          Columns.contacts(cells), rep);
    }
  }

  /** Folds join rows (ordered by record) into records with their representatives. */
  static List<PupilRecord> assemble(List<Row> rows) {
    List<PupilRecord> records = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      Row first = rows.get(i);
      List<LegalRepresentative> reps = new ArrayList<>();
      while (i < rows.size() && rows.get(i).id().equals(first.id())) {
        LegalRepresentative rep = rows.get(i).representative();
        if (rep != null) {
          reps.add(rep);
        }
        i++;
      }
      records.add(new PupilRecord(first.id(), first.school(), first.className(), first.name(), first.birthDate(),
          first.contacts(), first.enrolled(), reps));
    }
    return records;
  }
}
