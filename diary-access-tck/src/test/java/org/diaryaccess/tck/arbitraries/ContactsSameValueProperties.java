package org.diaryaccess.tck.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.diaryaccess.core.matching.MatchPolicy;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.Email;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;

/**
 * {@link Contacts#sameValue}, which compares packed numbers and hashes, says what comparing the
 * values says, on parsed and on restored contacts; and R3 built on it is R3 as written with the
 * values. The second contacts take each field, half the time, from the first, spelled otherwise.
 */
class ContactsSameValueProperties {

  @Provide
  Arbitrary<String> emails() {
    return Arbitraries.oneOf(ContactArbitraries.emailSpellings().map(ContactArbitraries.Spelled::spelled),
        Arbitraries.of("not-an-email", "mail@", " ", "Ivanova@Mail.ru"));
  }

  @Provide
  Arbitrary<String> phones() {
    return Arbitraries.oneOf(ContactArbitraries.mobilePhoneSpellings().map(ContactArbitraries.Spelled::spelled),
        Arbitraries.of("+7 495 123-45-67", "12", "", "8 926 123-45-67"));
  }

  @Provide
  Arbitrary<String> snils() {
    return Arbitraries.oneOf(ContactArbitraries.validSnilsSpellings(), ContactArbitraries.snilsWithWrongCheckNumber(),
        Arbitraries.of("123", "000-000-000 00"));
  }

  @Property(tries = 2_000)
  void packedComparisonsSayWhatTheValuesSay(@ForAll("emails") String email, @ForAll("phones") String phone,
      @ForAll("snils") String snils, @ForAll("emails") String otherEmail, @ForAll("phones") String otherPhone,
      @ForAll("snils") String otherSnils, @ForAll boolean sameEmail, @ForAll boolean samePhone,
      @ForAll boolean sameSnils) {
    Contacts one = Contacts.of(email, phone, snils);
    Contacts other = Contacts.of(sameEmail ? "  " + email.toUpperCase(Locale.ROOT) + " " : otherEmail,
        samePhone ? " " + phone : otherPhone, sameSnils ? " " + snils : otherSnils);
    for (Contacts second : new Contacts[] {other, restored(other)}) {
      for (ContactField field : ContactField.values()) {
        boolean same = one.value(field).isPresent() && one.value(field).equals(second.value(field));
        assertThat(one.sameValue(field, second)).as(field.name()).isEqualTo(same);
        assertThat(second.sameValue(field, one)).as(field.name()).isEqualTo(same);
      }
      assertThat(MatchPolicy.standard().matches(one, second)).isEqualTo(r3AsWritten(one, second));
    }
  }

  private static Contacts restored(Contacts parsed) {
    return Contacts.restore(parsed.rawEmail().orElse(null), parsed.rawMobilePhone().orElse(null),
        parsed.rawSnils().orElse(null), parsed.email().map(Email::normalised).orElse(null),
        parsed.mobilePhone().map(MobilePhone::normalised).orElse(null),
        parsed.snils().map(Snils::normalised).orElse(null));
  }

  /** R3 as docs/RULES.md words it, on the values themselves. */
  private static boolean r3AsWritten(Contacts profile, Contacts entry) {
    return profile.email().isPresent() && profile.email().equals(entry.email())
        && profile.mobilePhone().isPresent() && profile.mobilePhone().equals(entry.mobilePhone())
        && (!profile.holdsSnils() || !entry.holdsSnils()
            || (profile.snils().isPresent() && profile.snils().equals(entry.snils())));
  }
}
