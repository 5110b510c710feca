package org.diaryaccess.core.validation;

import com.google.common.base.CharMatcher;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link NoControlCharacters}.
 *
 * @since 0.1.0
 */
public final class NoControlCharactersValidator implements ConstraintValidator<NoControlCharacters, String> {
  /** Made by Hibernate Validator for the constraints it checks. */
  public NoControlCharactersValidator() {}

  private static final CharMatcher FORBIDDEN = CharMatcher.javaIsoControl()
      .or(CharMatcher.anyOf("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
      .precomputed();

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || !FORBIDDEN.matchesAnyOf(value);
  }
}
