package org.diaryaccess.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link Snils} with {@link org.diaryaccess.spi.contact.Snils#parse}. */
public final class SnilsValidator implements ConstraintValidator<Snils, String> {
  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || ContactConstraint.check(value, org.diaryaccess.spi.contact.Snils::parse, context);
  }
}
