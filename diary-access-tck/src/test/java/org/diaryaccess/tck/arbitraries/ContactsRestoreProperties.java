package org.diaryaccess.tck.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.Email;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;

/** A store that rebuilds contacts from their normal forms gets exactly what parsing gives. */
class ContactsRestoreProperties {

  @Provide
  Arbitrary<String> emails() {
    return Arbitraries.oneOf(ContactArbitraries.emailSpellings().map(ContactArbitraries.Spelled::spelled),
        Arbitraries.of("not-an-email", "mail@", " "));
  }

  @Provide
  Arbitrary<String> phones() {
    return Arbitraries.oneOf(ContactArbitraries.mobilePhoneSpellings().map(ContactArbitraries.Spelled::spelled),
        Arbitraries.of("+7 495 123-45-67", "12", ""));
  }

  @Provide
  Arbitrary<String> snils() {
    return Arbitraries.oneOf(ContactArbitraries.validSnilsSpellings(), ContactArbitraries.snilsWithWrongCheckNumber(),
        Arbitraries.of("123"));
  }

  @Property
  void restoringFromNormalFormsEqualsParsing(@ForAll("emails") String email, @ForAll("phones") String phone,
      @ForAll("snils") String snils) {
    Contacts parsed = Contacts.of(email, phone, snils);
    Contacts restored = Contacts.restore(email, phone, snils,
        parsed.email().map(Email::normalised).orElse(null), parsed.mobilePhone().map(MobilePhone::normalised).orElse(null),
        parsed.snils().map(Snils::normalised).orElse(null));
    assertThat(restored).isEqualTo(parsed);
    assertThat(restored.problems()).isEqualTo(parsed.problems());
    assertThat(restored.values()).isEqualTo(parsed.values());
  }
}
