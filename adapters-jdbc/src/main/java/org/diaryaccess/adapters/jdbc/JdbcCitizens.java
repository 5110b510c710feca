package org.diaryaccess.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.Gender;

/**
 * The portal's registry in table {@code da_citizen}, indexed by each normalised contact.
 *
 * @since 0.1.0
 */
public final class JdbcCitizens implements Citizens {
  private static final String COLUMNS =
      "id, surname, given_name, patronymic, birth_date, gender, email_raw, phone_raw, snils_raw, email_norm, "
          + "phone_norm, snils_norm";

  private final JdbcTransactions tx;
  private final Sql sql;
  private final Dialect dialect;

  JdbcCitizens(JdbcTransactions tx, Sql sql, Dialect dialect) {
    this.tx = tx;
    this.sql = sql;
    this.dialect = dialect;
  }

  @Override
  public Optional<Citizen> findById(CitizenId id) {
    return sql.one("SELECT " + COLUMNS + " FROM da_citizen WHERE id = ?", p -> p.text(id.value()),
        JdbcCitizens::citizen);
  }

  @Override
  public List<Citizen> findByContact(ContactValue value) {
    return sql.list("SELECT " + COLUMNS + " FROM da_citizen WHERE " + Columns.normalisedColumn(value.field())
        + " = ? ORDER BY id",
        p -> p.text(value.normalised()), JdbcCitizens::citizen);
  }

  @Override
  public List<Citizen> findAllById(Collection<CitizenId> ids) {
    List<String> values = ids.stream().map(CitizenId::value).distinct().toList();
    return sql.listIn("SELECT " + COLUMNS + " FROM da_citizen WHERE id IN (%s)", values, JdbcCitizens::citizen);
  }

  /**
   * Registers a citizen or replaces their profile, in the current unit of work or one of its own.
   *
   * @param citizen the citizen as the portal now holds them
   */
  @Override
  public void save(Citizen citizen) {
    checkNotNull(citizen, "citizen");
    tx.write(() -> {
      upsert(citizen);
      return null;
    });
  }

  /**
   * Registers or replaces many citizens in one unit of work, sent to the database in batches of
   * one statement per citizen: how a host loads or re-syncs a registry of millions.
   *
   * @param citizens the citizens, at most one per id
   */
  @Override
  public void saveAll(Collection<Citizen> citizens) {
    checkNotNull(citizens, "citizens");
    List<Citizen> batch = ImmutableList.copyOf(citizens);
    checkArgument(batch.stream().map(Citizen::id).distinct().count() == batch.size(),
        "a batch holds at most one citizen per id");
    String upsert = switch (dialect) {
      case H2 -> "MERGE INTO da_citizen (surname, given_name, patronymic, birth_date, gender, email_raw, phone_raw, "
          + "snils_raw, email_norm, phone_norm, snils_norm, id) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
      case POSTGRESQL -> "INSERT INTO da_citizen (surname, given_name, patronymic, birth_date, gender, email_raw, "
          + "phone_raw, snils_raw, email_norm, phone_norm, snils_norm, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          + "ON CONFLICT (id) DO UPDATE SET surname = EXCLUDED.surname, given_name = EXCLUDED.given_name, "
          + "patronymic = EXCLUDED.patronymic, birth_date = EXCLUDED.birth_date, gender = EXCLUDED.gender, "
          + "email_raw = EXCLUDED.email_raw, phone_raw = EXCLUDED.phone_raw, snils_raw = EXCLUDED.snils_raw, "
          + "email_norm = EXCLUDED.email_norm, phone_norm = EXCLUDED.phone_norm, snils_norm = EXCLUDED.snils_norm";
    };
    tx.write(() -> {
      sql.batch(upsert, batch.stream().<Sql.Binder>map(c -> p -> bindProfile(p, c).text(c.id().value())).toList());
      return null;
    });
  }

  private void upsert(Citizen citizen) {
    int updated = sql.update("UPDATE da_citizen SET surname = ?, given_name = ?, patronymic = ?, birth_date = ?, "
        + "gender = ?, email_raw = ?, phone_raw = ?, snils_raw = ?, email_norm = ?, phone_norm = ?, snils_norm = ? "
        + "WHERE id = ?", p -> bindProfile(p, citizen).text(citizen.id().value()));
    if (updated == 0) {
      sql.update("INSERT INTO da_citizen (surname, given_name, patronymic, birth_date, gender, email_raw, phone_raw, "
          + "snils_raw, email_norm, phone_norm, snils_norm, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          p -> bindProfile(p, citizen).text(citizen.id().value()));
    }
  }

  private static Sql.Params bindProfile(Sql.Params p, Citizen citizen) throws SQLException {
    p.text(citizen.name().surname()).text(citizen.name().givenName()).text(citizen.name().patronymic())
        .date(citizen.birthDate()).text(citizen.gender() == null ? null : citizen.gender().name());
    return Columns.bind(p, citizen.contacts());
  }

  /** A citizen from columns named with a prefix (as in a join). */
  static Citizen citizen(Cells cells) throws SQLException {
    String gender = cells.text("gender");
    return new Citizen(CitizenId.of(cells.required("id")), Columns.name(cells),
        cells.date("birth_date"), gender == null ? null : Gender.valueOf(gender),
        Columns.contacts(cells));
  }
}
