package org.diaryaccess.spi.id;

import com.google.common.base.CharMatcher;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/** The one check every identifier passes: 1..128 visible characters, no surrounding spaces. */
final class Ids {
  static final int MAX_LENGTH = 128;
  private static final CharMatcher FORBIDDEN =
      CharMatcher.javaIsoControl().or(CharMatcher.anyOf("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
          .precomputed();

  private Ids() {}

  static String check(@Nullable String value, String field) {
    if (value == null || value.isEmpty()) {
      throw InvalidInputException.of(field, ReasonCode.REQUIRED);
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidInputException.of(field, ReasonCode.TOO_LONG);
    }
    if (FORBIDDEN.matchesAnyOf(value) || !value.strip().equals(value)) {
      throw InvalidInputException.of(field, ReasonCode.INVALID_ID);
    }
    return value;
  }
}
