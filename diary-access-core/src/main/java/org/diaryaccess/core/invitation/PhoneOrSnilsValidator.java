package org.diaryaccess.core.invitation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link PhoneOrSnils}.
 *
 * @since 0.1.0
 */
public final class PhoneOrSnilsValidator implements ConstraintValidator<PhoneOrSnils, InvitationRequest> {
  /** Made by Hibernate Validator for the constraints it checks. */
  public PhoneOrSnilsValidator() {}

  @Override
  public boolean isValid(@Nullable InvitationRequest request, ConstraintValidatorContext context) {
    if (request == null) {
      return true;
    }
    boolean phone = request.trusteeMobilePhone() != null && !request.trusteeMobilePhone().isBlank();
    boolean snils = request.trusteeSnils() != null && !request.trusteeSnils().isBlank();
    return phone ^ snils;
  }
}
