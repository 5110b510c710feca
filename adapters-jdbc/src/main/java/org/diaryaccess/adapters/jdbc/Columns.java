package org.diaryaccess.adapters.jdbc;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.Email;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;

/** How values that span columns or hold lists are written to and read from rows. */
final class Columns {
  /** Separates list items; identifiers can never contain it (control characters are refused). */
  private static final char SEPARATOR = '\u001f';
  private static final Joiner JOIN = Joiner.on(SEPARATOR);
  private static final Splitter SPLIT = Splitter.on(SEPARATOR).omitEmptyStrings();

  private Columns() {}

  static String sections(Set<DiarySection> sections) {
    return JOIN.join(sections);
  }

  static Set<DiarySection> sections(String column) {
    EnumSet<DiarySection> sections = EnumSet.noneOf(DiarySection.class);
    SPLIT.split(column).forEach(s -> sections.add(DiarySection.valueOf(s)));
    return sections;
  }

  static String pupils(List<PupilRecordId> pupils) {
    return JOIN.join(pupils.stream().map(PupilRecordId::value).toList());
  }

  static List<PupilRecordId> pupils(String column) {
    return SPLIT.splitToList(column).stream().map(PupilRecordId::of).toList();
  }

  static PersonName name(Cells cells) throws SQLException {
    return new PersonName(cells.required("surname"), cells.required("given_name"),
        cells.text("patronymic"));
  }

  /** Contacts from their raw and normalised columns, without parsing valid ones again. */
  static Contacts contacts(Cells cells) throws SQLException {
    return Contacts.restore(cells.text("email_raw"), cells.text("phone_raw"),
        cells.text("snils_raw"), cells.text("email_norm"), cells.text("phone_norm"),
        cells.text("snils_norm"));
  }

  /**
   * The columns a decision reads of a table's contacts: each field's normal form, and its text
   * as written only where it is not valid (a valid value's text a decision never reads).
   *
   * @param alias the table's alias
   * @param prefix what each column's label starts with
   * @return six select-list items, comma-separated, without a trailing comma
   */
  static String decisiveContacts(String alias, String prefix) {
    StringBuilder items = new StringBuilder();
    for (String field : List.of("email", "phone", "snils")) {
      items.append(alias).append('.').append(field).append("_norm AS ").append(prefix).append(field).append("_norm, ")
          .append("CASE WHEN ").append(alias).append('.').append(field).append("_norm IS NULL THEN ")
          .append(alias).append('.').append(field).append("_raw END AS ").append(prefix).append(field).append("_bad, ");
    }
    return items.substring(0, items.length() - 2);
  }

  /**
   * Contacts from the columns of {@link #decisiveContacts}: each valid value from its normal form
   * (which stands in for its text as written), each invalid one from its text.
   */
  static Contacts decisiveContacts(Cells cells) throws SQLException {
    String email = cells.text("email_norm");
    String phone = cells.text("phone_norm");
    String snils = cells.text("snils_norm");
    return Contacts.restore(email != null ? email : cells.text("email_bad"),
        phone != null ? phone : cells.text("phone_bad"), snils != null ? snils : cells.text("snils_bad"),
        email, phone, snils);
  }

  /** Binds the six contact columns: e-mail, phone, SNILS as written, then their normal forms. */
  static Sql.Params bind(Sql.Params p, Contacts c) throws SQLException {
    return p.text(c.rawEmail().orElse(null)).text(c.rawMobilePhone().orElse(null)).text(c.rawSnils().orElse(null))
        .text(c.email().map(Email::normalised).orElse(null))
        .text(c.mobilePhone().map(MobilePhone::normalised).orElse(null))
        .text(c.snils().map(Snils::normalised).orElse(null));
  }

  /**
   * The letter {@code da_pupil_contact} files a field's normalised values under.
   *
   * @param field the field
   * @return {@code E}, {@code P} or {@code S}
   */
  static String contactKind(ContactField field) {
    return switch (field) {
      case EMAIL -> "E";
      case MOBILE_PHONE -> "P";
      case SNILS -> "S";
    };
  }

  /**
   * The {@code da_citizen} column (and its like in the school's tables) holding a field's
   * normalised value.
   *
   * @param field the field
   * @return {@code email_norm}, {@code phone_norm} or {@code snils_norm}
   */
  static String normalisedColumn(ContactField field) {
    return switch (field) {
      case EMAIL -> "email_norm";
      case MOBILE_PHONE -> "phone_norm";
      case SNILS -> "snils_norm";
    };
  }
}
