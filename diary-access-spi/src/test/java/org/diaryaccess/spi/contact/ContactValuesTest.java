package org.diaryaccess.spi.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule R1 by example: the spellings of docs/RULES.md and the guide, and what is refused. */
class ContactValuesTest {

  @Test
  void theGuidesSampleSnilsFailsItsCheckNumber() {
    assertThatThrownBy(() -> Snils.parse("123-456-789 12"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_SNILS_CHECKSUM);
          assertThat(e.getMessage()).doesNotContain("123");
        });
    // 1·9 + 2·8 + ... + 9·1 = 165; 165 mod 101 = 64.
    assertThat(Snils.parse("123-456-789 64").formatted()).isEqualTo("123-456-789 64");
  }

  @ParameterizedTest
  @CsvSource({"112233445, 95", "000000100, 03", "100000000, 09", "123456789, 64"})
  void checkNumbersFollowTheRule(String body, String check) {
    assertThat(String.format("%02d", Snils.checkNumber(body))).isEqualTo(check);
  }

  @Test
  void checkNumbersAtTheBoundariesOf100And101() {
    assertThat(checkOf(99)).isEqualTo(99);
    assertThat(checkOf(100)).isZero();
    assertThat(checkOf(101)).isZero();
    assertThat(checkOf(102)).isEqualTo(1);
    assertThat(checkOf(201)).isZero(); // 201 mod 101 = 100, which gives 00
    assertThat(checkOf(202)).isZero();
    assertThat(checkOf(203)).isEqualTo(1);
  }

  /** Finds nine digits whose weighted sum is the given number and returns their check number. */
  private static int checkOf(int sum) {
    int[] digits = new int[9];
    int rest = sum;
    for (int i = 0; i < 9 && rest > 0; i++) {
      int weight = 9 - i;
      digits[i] = Math.min(9, rest / weight);
      rest -= digits[i] * weight;
    }
    StringBuilder body = new StringBuilder();
    for (int d : digits) {
      body.append(d);
    }
    if (rest != 0) {
      throw new AssertionError("no body sums to " + sum);
    }
    return Snils.checkNumber(body.toString());
  }

  @Test
  void numbersUpTo001001998CarryNoCheckNumber() {
    assertThat(Snils.parse("001-001-998 00").digits()).isEqualTo("00100199800");
    assertThatThrownBy(() -> Snils.parse("001-001-999 00")).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345", "123-456-789", "123-456-789 645", "abc-def-ghi jk", "123_456_789_64"})
  void malformedSnilsIsRefused(String text) {
    assertThatThrownBy(() -> Snils.parse(text)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+7 (926) 123-45-67", "8 926 123 45 67", "79261234567", "(926) 123-45-67", "+79261234567"})
  void everySpellingOfSpecGivesTheSameNumber(String spelling) {
    assertThat(MobilePhone.parse(spelling).e164()).isEqualTo("+79261234567");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+7 (495) 123-45-67", "8 812 123 45 67", "+7 727 123 4567"})
  void landlinesAndKazakhNumbersAreNotMobilePhones(String spelling) {
    assertThatThrownBy(() -> MobilePhone.parse(spelling))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.reason()).isIn(ReasonCode.NOT_A_MOBILE_PHONE, ReasonCode.INVALID_MOBILE_PHONE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a phone", "123", "+7 926 123 45 67 89 00", "'; DROP TABLE citizens; --"})
  void garbageIsNotAPhone(String spelling) {
    assertThatThrownBy(() -> MobilePhone.parse(spelling)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void emailsAreComparedCaseInsensitivelyAfterTrimmingAndIdnDomainsWork() {
    assertThat(Email.parse(" Mail@Yandex.RU ")).isEqualTo(Email.parse("mail@yandex.ru"));
    assertThat(Email.parse("user@почта.рф")).isEqualTo(Email.parse("USER@xn--80a1acny.xn--p1ai"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mail", "@yandex.ru", "mail@", "mail@@yandex.ru", "ma il@yandex.ru", "mail@yandex",
      ".mail@yandex.ru", "mail..x@yandex.ru", "mail@-yandex.ru", "mail@yandex.ru\u202e"})
  void invalidEmailsAreRefused(String text) {
    assertThatThrownBy(() -> Email.parse(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_EMAIL));
  }

  @Test
  void surnamesCompareAfterNormalisation() {
    assertThat(Surnames.same(" Иванченко ", "ИВАНЧЕНКО")).isTrue();
    assertThat(Surnames.same("Алёшина", "Алешина")).isTrue();
    assertThat(Surnames.same("Петрова – Водкина", "петрова-водкина")).isTrue();
    assertThat(Surnames.same("Петрова  Водкина", "Петрова Водкина")).isTrue();
    assertThat(Surnames.same("Петрова-Водкина", "Петрова")).isFalse();
  }

  @Test
  void valueTypesAreEqualOnTheirNormalForm() {
    new EqualsTester()
        .addEqualityGroup(MobilePhone.parse("+7 (926) 123-45-67"), MobilePhone.parse("8 926 123 45 67"))
        .addEqualityGroup(MobilePhone.parse("+7 916 765-43-21"))
        .addEqualityGroup(Snils.parse("123-456-789 64"), Snils.parse("12345678964"))
        .addEqualityGroup(Email.parse("Mail@yandex.ru"), Email.parse("mail@YANDEX.ru"))
        .addEqualityGroup(Contacts.of("mail@yandex.ru", "89261234567", null),
            Contacts.of("MAIL@yandex.ru", "+7 926 123-45-67", " "))
        .addEqualityGroup(Contacts.of("mail@yandex.ru", "89261234567", "123-456-789 12"))
        .testEquals();
  }

  @Test
  void factoriesRejectNullsWithATypedError() {
    new NullPointerTester().testAllPublicStaticMethods(Surnames.class);
    assertThatThrownBy(() -> Snils.parse(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> MobilePhone.parse(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Email.parse(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void contactsNameTheirProblems() {
    Contacts guideProfile = Contacts.of("mail@yandex.ru", "(926) 123-45-67", "123-456-789 12");
    assertThat(guideProfile.problems()).containsExactly(
        new FieldProblem(ContactField.SNILS, ReasonCode.INVALID_SNILS_CHECKSUM));
    assertThat(Contacts.none().problems()).containsExactly(
        new FieldProblem(ContactField.EMAIL, ReasonCode.EMAIL_MISSING),
        new FieldProblem(ContactField.MOBILE_PHONE, ReasonCode.MOBILE_PHONE_MISSING));
  }
}
