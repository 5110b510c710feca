package city.school.diary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;

/**
 * The register port over the school system's own table, {@code school_pupil}: one row per pupil,
 * two parents in columns. A record naming more than two representatives does not fit the table
 * and is refused. Runs on the connection of the unit of work the store holds open.
 */
final class SchoolSystemRegister implements SchoolRegister {
  private static final String COLUMNS = "pupil_id, school_id, class_name, surname, given_name, patronymic, birth_date,"
      + " enrolled, email, mobile_phone, snils, email_key, phone_key, snils_key,"
      + " parent1_kind, parent1_surname, parent1_given_name, parent1_patronymic, parent1_email, parent1_phone,"
      + " parent1_snils, parent1_email_key, parent1_phone_key, parent1_snils_key,"
      + " parent2_kind, parent2_surname, parent2_given_name, parent2_patronymic, parent2_email, parent2_phone,"
      + " parent2_snils, parent2_email_key, parent2_phone_key, parent2_snils_key";
  private static final int PARENTS = 2;
  /** A parent's columns: kind, three parts of the name, three contacts as written, three keys. */
  private static final int PARENT_COLUMNS = 10;

  private final Supplier<Connection> connection;

  SchoolSystemRegister(Supplier<Connection> connection) {
    this.connection = connection;
  }

  @Override
  public Optional<PupilRecord> findById(PupilRecordId id) {
    Objects.requireNonNull(id, "id");
    List<PupilRecord> found = query("SELECT " + COLUMNS + " FROM school_pupil WHERE pupil_id = ?", id.value());
    return found.stream().findFirst();
  }

  @Override
  public List<PupilRecord> findByContact(ContactValue value) {
    Objects.requireNonNull(value, "value");
    String key = keyColumn(value.field());
    String pupilOrEitherParent = key + " = ? OR parent1_" + key + " = ? OR parent2_" + key + " = ?";
    return query("SELECT " + COLUMNS + " FROM school_pupil WHERE " + pupilOrEitherParent + " ORDER BY pupil_id",
        value.normalised(), value.normalised(), value.normalised());
  }

  @Override
  public void upsert(Collection<PupilRecord> records) {
    Objects.requireNonNull(records, "records");
    List<PupilRecord> batch = List.copyOf(records);
    if (new HashSet<>(batch.stream().map(PupilRecord::id).toList()).size() != batch.size()) {
      throw new IllegalArgumentException("a batch holds at most one record per id");
    }
    for (PupilRecord record : batch) {
      if (record.representatives().size() > PARENTS) {
        throw InvalidInputException.of("representatives", ReasonCode.TOO_LONG);
      }
    }
    String marks = String.join(", ", Collections.nCopies(COLUMNS.split(",").length, "?"));
    try (PreparedStatement merge = connection.get().prepareStatement(
        "MERGE INTO school_pupil (" + COLUMNS + ") KEY (pupil_id) VALUES (" + marks + ")")) {
      int pending = 0;
      for (PupilRecord record : batch) {
        bind(merge, record);
        merge.addBatch();
        if (++pending == 500) {
          merge.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        merge.executeBatch();
      }
    } catch (SQLException e) {
      throw SchoolSystemStore.failure(e);
    }
  }

  private static void bind(PreparedStatement merge, PupilRecord record) throws SQLException {
    int i = 0;
    merge.setString(++i, record.id().value());
    merge.setString(++i, record.school().value());
    merge.setString(++i, record.className());
    i = bindName(merge, i, record.name());
    if (record.birthDate() == null) {
      merge.setNull(++i, Types.DATE);
    } else {
      merge.setDate(++i, Date.valueOf(record.birthDate()));
    }
    merge.setBoolean(++i, record.enrolled());
    i = bindContacts(merge, i, record.contacts());
    for (int p = 0; p < PARENTS; p++) {
      if (p < record.representatives().size()) {
        LegalRepresentative parent = record.representatives().get(p);
        merge.setString(++i, parent.kind().name());
        i = bindName(merge, i, parent.name());
        i = bindContacts(merge, i, parent.contacts());
      } else {
        for (int column = 0; column < PARENT_COLUMNS; column++) {
          merge.setNull(++i, Types.VARCHAR);
        }
      }
    }
  }

  private static int bindName(PreparedStatement merge, int i, PersonName name) throws SQLException {
    merge.setString(++i, name.surname());
    merge.setString(++i, name.givenName());
    merge.setString(++i, name.patronymic());
    return i;
  }

  /** As written, then each normal form (or nothing when what was written is not a valid contact). */
  private static int bindContacts(PreparedStatement merge, int i, Contacts contacts) throws SQLException {
    merge.setString(++i, contacts.rawEmail().orElse(null));
    merge.setString(++i, contacts.rawMobilePhone().orElse(null));
    merge.setString(++i, contacts.rawSnils().orElse(null));
    merge.setString(++i, contacts.email().map(ContactValue::normalised).orElse(null));
    merge.setString(++i, contacts.mobilePhone().map(ContactValue::normalised).orElse(null));
    merge.setString(++i, contacts.snils().map(ContactValue::normalised).orElse(null));
    return i;
  }

  private List<PupilRecord> query(String sql, String... parameters) {
    try (PreparedStatement select = connection.get().prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      List<PupilRecord> found = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          found.add(record(row));
        }
      }
      return found;
    } catch (SQLException e) {
      throw SchoolSystemStore.failure(e);
    }
  }

  private static PupilRecord record(ResultSet row) throws SQLException {
    List<LegalRepresentative> parents = new ArrayList<>();
    for (String parent : new String[] {"parent1_", "parent2_"}) {
      String kind = row.getString(parent + "kind");
      if (kind != null) {
        parents.add(new LegalRepresentative(RepresentativeKind.valueOf(kind),
            PersonName.of(row.getString(parent + "surname"), row.getString(parent + "given_name"),
                row.getString(parent + "patronymic")),
            contacts(row, parent + "email", parent + "phone", parent + "snils")));
      }
    }
    Date born = row.getDate("birth_date");
    return new PupilRecord(PupilRecordId.of(row.getString("pupil_id")), SchoolId.of(row.getString("school_id")),
        row.getString("class_name"),
        PersonName.of(row.getString("surname"), row.getString("given_name"), row.getString("patronymic")),
        born == null ? null : born.toLocalDate(), contacts(row, "email", "mobile_phone", "snils"),
        row.getBoolean("enrolled"), parents);
  }

  private static Contacts contacts(ResultSet row, String email, String phone, String snils) throws SQLException {
    String prefix = email.substring(0, email.length() - "email".length());
    return Contacts.restore(row.getString(email), row.getString(phone), row.getString(snils),
        row.getString(prefix + "email_key"), row.getString(prefix + "phone_key"), row.getString(prefix + "snils_key"));
  }

  private static String keyColumn(ContactField field) {
    switch (field) {
      case EMAIL:
        return "email_key";
      case MOBILE_PHONE:
        return "phone_key";
      default:
        return "snils_key";
    }
  }
}
