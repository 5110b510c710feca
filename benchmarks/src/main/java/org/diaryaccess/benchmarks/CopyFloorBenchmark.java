package org.diaryaccess.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The floor under the night's import on PostgreSQL: the whole register written with {@code COPY}
 * into the store's own tables (emptied first, their indexes and keys in place), the fastest way
 * PostgreSQL takes rows in. The import's distance from it is what merging costs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class CopyFloorBenchmark {

  /** The register as COPY text, and an empty store schema on PostgreSQL. */
  @State(Scope.Benchmark)
  public static class Register {
    @Param({"10000"})
    public int pupils = 10_000;

    @SuppressWarnings("NullAway.Init")
    DataSource dataSource;
    @SuppressWarnings("NullAway.Init")
    String pupilRows;
    @SuppressWarnings("NullAway.Init")
    String representativeRows;
    @SuppressWarnings("NullAway.Init")
    String contactRows;

    /** Builds the city's register as text and the schema it goes into. */
    @Setup(Level.Trial)
    public void prepare() {
      StringBuilder pupil = new StringBuilder();
      StringBuilder representative = new StringBuilder();
      StringBuilder contact = new StringBuilder();
      for (PupilRecord r : City.of(pupils).records) {
        String id = r.id().value();
        row(pupil, id, r.school().value(), r.className()).append('\t');
        name(pupil, r.name()).append('\t').append(r.birthDate() == null ? "\\N" : r.birthDate().toString())
            .append('\t').append(r.enrolled() ? 't' : 'f').append('\t');
        contacts(pupil, r.contacts()).append('\n');
        contactRows(contact, id, r.contacts());
        for (int i = 0; i < r.representatives().size(); i++) {
          LegalRepresentative rep = r.representatives().get(i);
          row(representative, id, String.valueOf(i), rep.kind().name()).append('\t');
          name(representative, rep.name()).append('\t');
          contacts(representative, rep.contacts()).append('\n');
          contactRows(contact, id, rep.contacts());
        }
      }
      pupilRows = pupil.toString();
      representativeRows = representative.toString();
      contactRows = contact.toString();
      dataSource = Stores.emptyDatabase("postgres");
      JdbcStore.on(dataSource).migrate();
    }

    private static StringBuilder row(StringBuilder out, String... values) {
      return out.append(String.join("\t", values));
    }

    private static StringBuilder name(StringBuilder out, PersonName name) {
      return out.append(name.surname()).append('\t').append(name.givenName()).append('\t')
          .append(name.patronymic() == null ? "\\N" : name.patronymic());
    }

    private static StringBuilder contacts(StringBuilder out, Contacts c) {
      return out.append(c.rawEmail().orElse("\\N")).append('\t').append(c.rawMobilePhone().orElse("\\N"))
          .append('\t').append(c.rawSnils().orElse("\\N")).append('\t')
          .append(c.email().map(ContactValue::normalised).orElse("\\N")).append('\t')
          .append(c.mobilePhone().map(ContactValue::normalised).orElse("\\N")).append('\t')
          .append(c.snils().map(ContactValue::normalised).orElse("\\N"));
    }

    private static void contactRows(StringBuilder out, String pupil, Contacts c) {
      for (ContactValue value : c.values()) {
        String kind = switch (value.field()) {
          case EMAIL -> "E";
          case MOBILE_PHONE -> "P";
          case SNILS -> "S";
        };
        out.append(pupil).append('\t').append(kind).append('\t').append(value.normalised()).append('\n');
      }
    }
  }

  /**
   * The register into emptied tables with {@code COPY}, in one transaction.
   *
   * @param register the register and the database
   * @return rows written to the pupils' table
   * @throws SQLException never, on a healthy database
   * @throws IOException never: the rows are in memory
   */
  @Benchmark
  public long copyRegister(Register register) throws SQLException, IOException {
    try (Connection c = register.dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("TRUNCATE da_pupil_contact, da_representative, da_pupil");
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      long rows = copy.copyIn("COPY da_pupil (id, school_id, class_name, surname, given_name, patronymic, "
          + "birth_date, enrolled, email_raw, phone_raw, snils_raw, email_norm, phone_norm, snils_norm) FROM STDIN",
          new StringReader(register.pupilRows));
      copy.copyIn("COPY da_representative (pupil_id, position, kind, surname, given_name, patronymic, email_raw, "
          + "phone_raw, snils_raw, email_norm, phone_norm, snils_norm) FROM STDIN",
          new StringReader(register.representativeRows));
      copy.copyIn("COPY da_pupil_contact (pupil_id, kind, contact) FROM STDIN", new StringReader(register.contactRows));
      c.commit();
      return rows;
    }
  }
}
