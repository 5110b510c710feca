package org.diaryaccess.core.invitation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An invitation names its trusted person by mobile phone or by SNILS: exactly one of them (R7 step 3).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = PhoneOrSnilsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PhoneOrSnils {
  /**
   * The message template.
   *
   * @return the message template
   */
  String message() default "{org.diaryaccess.PHONE_OR_SNILS_REQUIRED}";

  /**
   * Validation groups.
   *
   * @return validation groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return payload
   */
  Class<? extends Payload>[] payload() default {};
}
