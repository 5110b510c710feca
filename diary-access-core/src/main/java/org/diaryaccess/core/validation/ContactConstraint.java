package org.diaryaccess.core.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.function.Consumer;
import org.diaryaccess.spi.error.InvalidInputException;

/** Runs an SPI parser and turns its typed error into a violation named after its reason code. */
final class ContactConstraint {
  private ContactConstraint() {}

  static boolean check(String value, Consumer<String> parser, ConstraintValidatorContext context) {
    try {
      parser.accept(value);
      return true;
    } catch (InvalidInputException e) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(InputValidation.template(e.reason())).addConstraintViolation();
      return false;
    }
  }
}
