package org.diaryaccess.core.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.error.InvalidInputException.FieldError;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Jakarta Validation at the library's boundary. Validates a command object a host built from a
 * form and turns every violation into a typed {@link InvalidInputException} with one
 * {@link FieldError} per field and a stable reason code.
 *
 * <p>Messages come from this package's {@code ValidationMessages.properties} and
 * {@code ValidationMessages_ru.properties} (not the host's bundle of the same name), and dates are
 * judged by the injected clock. The expensive validator factory is built once per class loader
 * and shared; each instance gets its own validator bound to its own clock.
 *
 * @since 0.1.0
 */
public final class InputValidation {
  /** Message templates are {@code {org.diaryaccess.<REASON_CODE>}}. */
  static final String PREFIX = "{org.diaryaccess.";

  private final ValidatorFactory factory;
  private final Validator validator;

  /**
   * Creates it with what it uses.
   *
   * @param clock judges {@code @FutureOrPresent} and its kin
   */
  public InputValidation(Clock clock) {
    checkNotNull(clock, "clock");
    this.factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ResourceBundleMessageInterpolator(
            new PlatformResourceBundleLocator("org/diaryaccess/core/validation/ValidationMessages")))
        .clockProvider(() -> clock)
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /**
   * Validates a command object.
   *
   * @param command the object, its constraints declared with Jakarta annotations
   * @param <T> its type
   * @return the same object, valid
   * @throws InvalidInputException listing every offending field
   */
  public <T> T check(T command) {
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    if (!violations.isEmpty()) {
      List<FieldError> errors = violations.stream()
          .map(v -> new FieldError(v.getPropertyPath().toString(), reasonOf(v.getMessageTemplate())))
          .distinct()
          .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason))
          .toList();
      throw new InvalidInputException(errors);
    }
    return command;
  }

  /**
   * The validator, for hosts that want to validate their own forms with the library's constraints.
   *
   * @return the validator, for hosts that want to validate their own forms with the library's constraints
   */
  public Validator validator() {
    return validator;
  }

  static String template(ReasonCode reason) {
    return PREFIX + reason.name() + "}";
  }

  static ReasonCode reasonOf(String template) {
    if (template.startsWith(PREFIX) && template.endsWith("}")) {
      try {
        return ReasonCode.valueOf(template.substring(PREFIX.length(), template.length() - 1));
      } catch (IllegalArgumentException e) {
        return ReasonCode.INVALID_VALUE;
      }
    }
    return ReasonCode.INVALID_VALUE;
  }
}
