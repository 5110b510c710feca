package org.diaryaccess.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link MobilePhone} with {@link org.diaryaccess.spi.contact.MobilePhone#parse}. */
public final class MobilePhoneValidator implements ConstraintValidator<MobilePhone, String> {
  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || ContactConstraint.check(value, org.diaryaccess.spi.contact.MobilePhone::parse, context);
  }
}
