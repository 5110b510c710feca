package org.diaryaccess.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.World;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.Email;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.delivery.ProvisioningRequest;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md, Guarantees: SNILS, phone and e-mail never appear unmasked in {@code toString}, exception messages
 * or audit records. The test runs the guide's flows, gathers every value the library returns or
 * stores — walking records and collections down to their leaves — and scans each one's
 * {@code toString} (and every exception's message in both languages) for any spelling of the
 * family's contacts.
 */
class PersonalDataMaskingTest {
  /** Every way the family's contacts could leak: digits runs, local parts, formatted numbers. */
  private static final List<String> SECRETS = List.of(
      "mail@", "nina.kubareva", "anton.kubarev", "d.kubarev",
      "9261234567", "926 123", "123-45-67", "123 45 67", "1234567",
      "9031112233", "903 111", "111-22-33",
      "9167654321", "916 765", "765-43-21",
      "123-456-789", "123456789", "112-233-445", "112233445",
      "Иванченко", "Василиса", "Кубарева", "Нина", "Антон");

  private final World world = new World();

  @Test
  void nothingTheLibraryReturnsOrStoresShowsContactsOrNames() {
    world.registered(Guide.vasilisa(), Guide.nina(), Guide.antonCitizen(), Guide.dmitry())
        .schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()));
    var access = world.access;
    List<Object> seen = new ArrayList<>();
    InvitationRequest form = InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value()));
    seen.add(form);
    seen.add(access.preview(VASILISA_ID, form));
    Invitation invitation = access.send(VASILISA_ID, form);
    seen.add(invitation);
    var acceptance = access.accept(NINA_ID, invitation.id());
    seen.add(acceptance);
    seen.add(access.housekeeping());
    seen.add(access.decide(NINA_ID, ANTON));
    seen.add(access.visibleDiaries(VASILISA_ID, PageRequest.first()));
    seen.add(access.whoCanSee(VASILISA_ID, ANTON, PageRequest.first()));
    seen.add(access.diagnose(VASILISA_ID));
    seen.add(access.diagnose(NINA_ID));
    seen.add(access.readiness(VASILISA_ID));
    seen.add(world.centre.notices());
    seen.add(world.audit());
    seen.add(world.store().citizens().findById(VASILISA_ID));
    seen.add(world.store().citizens().findById(NINA_ID));
    seen.add(world.store().schoolRegister().findById(ANTON));
    seen.add(Guide.vasilisa());
    seen.add(Contacts.of(Guide.VASILISA_EMAIL, Guide.VASILISA_PHONE, Guide.GUIDE_SNILS));
    seen.add(Email.parse(Guide.VASILISA_EMAIL));
    seen.add(MobilePhone.parse(Guide.VASILISA_PHONE));
    seen.add(Snils.parse(Guide.VALID_SNILS));
    seen.add(new ProvisioningRequest("k", acceptance.grants().get(0).id(), NINA_ID, ANTON, Set.of(), null));

    List<String> texts = new ArrayList<>();
    for (Object value : leaves(seen)) {
      // The library's own types; raw strings inside them are the host's input, rendered by no one.
      if (value.getClass().getName().startsWith("org.diaryaccess.")) {
        texts.add(value.toString());
      }
    }
    for (Throwable error : errors()) {
      texts.add(String.valueOf(error.getMessage()));
      texts.add(((org.diaryaccess.spi.error.DiaryAccessException) error).getMessage(Locale.forLanguageTag("ru")));
      texts.add(error.toString());
    }
    assertThat(texts).hasSizeGreaterThan(40);
    for (String text : texts) {
      for (String secret : SECRETS) {
        assertThat(text).as("a toString or message leaks %s", secret).doesNotContainIgnoringCase(secret);
      }
    }
  }

  @Test
  void masksHaveTheShapeSpecGives() {
    assertThat(Snils.parse("123-456-789 64").toString()).isEqualTo("***-***-789 64");
    assertThat(MobilePhone.parse("+7 926 123-45-67").toString()).isEqualTo("+7 *** ***-45-67");
    assertThat(Email.parse("mail@yandex.ru").toString()).isEqualTo("m***@yandex.ru");
  }

  /** Exceptions the library throws on bad input and refusals, their inputs full of personal data. */
  private List<Throwable> errors() {
    List<Throwable> errors = new ArrayList<>();
    errors.add(catchThrowable(() -> Snils.parse("123-456-789 12")));
    errors.add(catchThrowable(() -> MobilePhone.parse("+7 495 123-45-67")));
    errors.add(catchThrowable(() -> Email.parse("mail@yandex")));
    errors.add(catchThrowable(() -> world.access.send(VASILISA_ID,
        InvitationRequest.bySnils("123-456-789 12", "Иванченко", List.of(ANTON.value())))));
    errors.add(catchThrowable(() -> world.access.send(VASILISA_ID,
        InvitationRequest.byPhone("8 926 123 45 67", "Иванченко", List.of(ANTON.value())))));
    errors.add(catchThrowable(() -> world.access.send(VASILISA_ID,
        InvitationRequest.byPhone("+7 903 111-22-33", "Нина Кубарева", List.of(ANTON.value())))));
    assertThat(errors).doesNotContainNull();
    return errors;
  }

  /** Every object reachable through records, optionals, maps and collections, itself included. */
  private static Collection<Object> leaves(Object root) {
    IdentityHashMap<Object, Boolean> found = new IdentityHashMap<>();
    collect(root, found);
    return found.keySet();
  }

  private static void collect(Object value, IdentityHashMap<Object, Boolean> found) {
    if (value == null || found.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collect(v, found));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(v -> collect(v, found));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        collect(k, found);
        collect(v, found);
      });
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(value), found);
        } catch (ReflectiveOperationException e) {
          throw new LinkageError(e.getMessage(), e);
        }
      }
    }
  }

  @Test
  void noMessageGivesAnExampleThatCouldBeSomeonesSnils() {
    Pattern digits = Pattern.compile("\\d[\\d -]{9,}\\d");
    for (ReasonCode reason : ReasonCode.values()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
        String message = reason.message(locale);
        assertThat(digits.matcher(message).find()).as("%s in %s: %s", reason, locale, message).isFalse();
      }
    }
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
      ResourceBundle bundle = ResourceBundle.getBundle(
          "org.diaryaccess.core.validation.ValidationMessages", locale);
      for (String key : bundle.keySet()) {
        assertThat(digits.matcher(bundle.getString(key)).find()).as("%s in %s", key, locale).isFalse();
      }
    }
  }

  @Test
  void maskedToStringsStillSayWhatTheyHold() {
    assertThat(InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())).toString())
        .isEqualTo("InvitationRequest[service=E_DIARY, pupils=1, byPhone=true, bySnils=false, sections=null, endDate=null]");
    assertThat(InvitationRequest.bySnils(Guide.VALID_SNILS, "Кубарева", List.of(ANTON.value())).toString())
        .contains("byPhone=false, bySnils=true");
    assertThat(new org.diaryaccess.core.diagnosis.ClassTeacherCard(Guide.vasilisa().name(), Guide.VASILISA_EMAIL,
        null).toString()).startsWith("ClassTeacherCard[name=").contains("email=", "mobilePhone=")
        .doesNotContain(Guide.VASILISA_EMAIL);
  }
}
