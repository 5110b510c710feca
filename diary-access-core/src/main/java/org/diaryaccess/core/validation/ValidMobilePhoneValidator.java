package org.diaryaccess.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.diaryaccess.spi.contact.MobilePhone;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidMobilePhone} with {@link MobilePhone#parse}.
 *
 * @since 0.1.0
 */
public final class ValidMobilePhoneValidator implements ConstraintValidator<ValidMobilePhone, String> {
  /** Made by Hibernate Validator for the constraints it checks. */
  public ValidMobilePhoneValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || ContactConstraint.check(value, MobilePhone::parse, context);
  }
}
