package org.diaryaccess.spi.contact;

import static com.google.common.base.Preconditions.checkNotNull;

import org.diaryaccess.spi.error.ReasonCode;

/**
 * A contact field that is missing or invalid, and why.
 *
 * @param field the field
 * @param reason {@code EMAIL_MISSING}, {@code INVALID_SNILS_CHECKSUM}, ...
 * @since 0.1.0
 */
public record FieldProblem(ContactField field, ReasonCode reason) {
  /**
   * Checks both parts are present.
   *
   * @param field the field
   * @param reason {@code EMAIL_MISSING}, {@code INVALID_SNILS_CHECKSUM}, ...
   */
  public FieldProblem {
    checkNotNull(field, "field");
    checkNotNull(reason, "reason");
  }
}
