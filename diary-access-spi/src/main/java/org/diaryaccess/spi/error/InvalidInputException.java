package org.diaryaccess.spi.error;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Input that cannot be accepted: a malformed SNILS, phone or e-mail, a blank id, a form that
 * fails validation. Nothing was stored or changed.
 *
 * @since 0.1.0
 */
public final class InvalidInputException extends DiaryAccessException {
  private static final long serialVersionUID = 1L;

  /** Each field in error with its reason. */
  private final ImmutableList<FieldError> errors;

  /**
   * An error about the named fields.
   *
   * @param errors one entry per offending field, at least one
   */
  public InvalidInputException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::reason).distinct().toList(), null);
    this.errors = ImmutableList.copyOf(errors);
  }

  /**
   * An error about one field.
   *
   * @param field the field's name in the host's form or the method's parameter
   * @param reason why it was refused
   * @return the exception, to throw
   */
  public static InvalidInputException of(String field, ReasonCode reason) {
    return new InvalidInputException(List.of(new FieldError(field, reason)));
  }

  /**
   * Every offending field with its reason.
   *
   * @return every offending field with its reason
   */
  public ImmutableList<FieldError> errors() {
    return errors;
  }

  /**
   * One offending field.
   *
   * @param field the field's name (never its value)
   * @param reason why it was refused
   */
  public record FieldError(String field, ReasonCode reason) {}
}
