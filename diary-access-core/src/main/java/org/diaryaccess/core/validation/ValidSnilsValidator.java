package org.diaryaccess.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.diaryaccess.spi.contact.Snils;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidSnils} with {@link Snils#parse}.
 *
 * @since 0.1.0
 */
public final class ValidSnilsValidator implements ConstraintValidator<ValidSnils, String> {
  /** Made by Hibernate Validator for the constraints it checks. */
  public ValidSnilsValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || ContactConstraint.check(value, Snils::parse, context);
  }
}
