package org.diaryaccess.core.invitation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An invitation names its trusted person by mobile phone or by SNILS: exactly one of them (R7 step 3). */
@Documented
@Constraint(validatedBy = PhoneOrSnilsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PhoneOrSnils {
  /** The message template. */
  String message() default "{org.diaryaccess.PHONE_OR_SNILS_REQUIRED}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
