package org.diaryaccess.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string, if not {@code null}, is a valid SNILS (R1): 11 digits with a correct check number; the guide's sample {@code 123-456-789 12} fails. Use {@code @NotBlank} as well to require it.
 * The violation's message template is {@code {org.diaryaccess.<REASON_CODE>}}, so the reason
 * code of a violation can be read off it.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ValidSnilsValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidSnils {
  /**
   * The message template.
   *
   * @return the message template
   */
  String message() default "{org.diaryaccess.INVALID_SNILS_FORMAT}";

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
