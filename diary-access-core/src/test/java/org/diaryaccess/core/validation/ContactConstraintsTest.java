package org.diaryaccess.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.diaryaccess.core.testing.World;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The constraint annotations a host puts on its own forms: absent values pass (pair with
 * {@code @NotBlank} to require one), valid ones pass, and an invalid one is reported with its
 * reason code as the message template.
 */
class ContactConstraintsTest {
  private final Validator validator = new World().access.validator();

  /** A host's form. */
  record Form(@ValidEmail @Nullable String email, @ValidMobilePhone @Nullable String mobilePhone,
      @ValidSnils @Nullable String snils) {}

  private Set<ConstraintViolation<Form>> check(@Nullable String email, @Nullable String phone, @Nullable String snils) {
    return validator.validate(new Form(email, phone, snils));
  }

  @Test
  void absentAndValidValuesPass() {
    assertThat(check(null, null, null)).isEmpty();
    assertThat(check("mail@yandex.ru", "+7 926 123-45-67", "123-456-789 64")).isEmpty();
  }

  @Test
  void eachInvalidValueIsReportedWithItsReason() {
    assertThat(check("mail@@yandex.ru", null, null)).singleElement()
        .satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{org.diaryaccess.INVALID_EMAIL}"));
    assertThat(check(null, "+7 495 123-45-67", null)).singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("mobilePhone"));
    assertThat(check(null, null, "123-456-789 12")).singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("snils"));
  }
}
