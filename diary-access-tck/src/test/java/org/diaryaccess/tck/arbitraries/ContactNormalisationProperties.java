package org.diaryaccess.tck.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.diaryaccess.spi.contact.Email;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.contact.Surnames;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.tck.arbitraries.ContactArbitraries.Spelled;

/** Rule R1 as properties: every spelling normalises to its meaning; normalising is idempotent. */
class ContactNormalisationProperties {

  @Provide
  Arbitrary<Spelled> phones() {
    return ContactArbitraries.mobilePhoneSpellings();
  }

  @Provide
  Arbitrary<Spelled> emails() {
    return ContactArbitraries.emailSpellings();
  }

  @Provide
  Arbitrary<String> snils() {
    return ContactArbitraries.validSnilsSpellings();
  }

  @Provide
  Arbitrary<String> wrongSnils() {
    return ContactArbitraries.snilsWithWrongCheckNumber();
  }

  @Provide
  Arbitrary<Spelled> surnames() {
    return ContactArbitraries.surnameRespellings();
  }

  @Property
  void everyPhoneSpellingGivesItsE164(@ForAll("phones") Spelled phone) {
    assertThat(MobilePhone.parse(phone.spelled()).e164()).isEqualTo(phone.meaning());
  }

  @Property
  void phoneNormalisationIsIdempotent(@ForAll("phones") Spelled phone) {
    MobilePhone once = MobilePhone.parse(phone.spelled());
    assertThat(MobilePhone.parse(once.e164())).isEqualTo(once);
    assertThat(MobilePhone.parse(once.formatted())).isEqualTo(once);
  }

  @Property
  void twoPhoneSpellingsAreEqualIffTheyMeanTheSameNumber(@ForAll("phones") Spelled a, @ForAll("phones") Spelled b) {
    assertThat(MobilePhone.parse(a.spelled()).equals(MobilePhone.parse(b.spelled())))
        .isEqualTo(a.meaning().equals(b.meaning()));
  }

  @Property
  void everyEmailSpellingGivesItsNormalForm(@ForAll("emails") Spelled email) {
    Email parsed = Email.parse(email.spelled());
    assertThat(parsed.normalised()).isEqualTo(email.meaning());
    assertThat(Email.parse(parsed.normalised())).isEqualTo(parsed);
  }

  @Property
  void validSnilsSurvivesEverySpellingAndIsIdempotent(@ForAll("snils") String spelled) {
    Snils once = Snils.parse(spelled);
    assertThat(Snils.parse(once.formatted())).isEqualTo(once);
    assertThat(Snils.parse(once.digits())).isEqualTo(once);
  }

  @Property
  void aWrongCheckNumberIsInvalidInputNotAMismatch(@ForAll("wrongSnils") String digits) {
    assertThatThrownBy(() -> Snils.parse(digits))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_SNILS_CHECKSUM));
  }

  @Property
  void surnameRespellingsMatchAndTheKeyIsIdempotent(@ForAll("surnames") Spelled surname) {
    assertThat(Surnames.same(surname.spelled(), surname.meaning())).isTrue();
    String key = Surnames.matchKey(surname.spelled());
    assertThat(Surnames.matchKey(key)).isEqualTo(key);
  }

  @Property
  void differentSurnamesDoNotMatch(@ForAll("surnames") Spelled a, @ForAll("surnames") Spelled b) {
    String ka = Surnames.matchKey(a.meaning());
    String kb = Surnames.matchKey(b.meaning());
    assertThat(Surnames.same(a.spelled(), b.spelled())).isEqualTo(ka.equals(kb));
  }
}
