package org.diaryaccess.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.diaryaccess.spi.contact.Email;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidEmail} with {@link Email#parse}.
 *
 * @since 0.1.0
 */
public final class ValidEmailValidator implements ConstraintValidator<ValidEmail, String> {
  /** Made by Hibernate Validator for the constraints it checks. */
  public ValidEmailValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || ContactConstraint.check(value, Email::parse, context);
  }
}
