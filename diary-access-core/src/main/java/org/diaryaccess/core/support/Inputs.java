package org.diaryaccess.core.support;

import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * Null checks at the public boundary that give a typed error rather than a raw NPE.
 *
 * @since 0.1.0
 */
public final class Inputs {
  private Inputs() {}

  /**
   * Requires an argument.
   *
   * @param value the argument
   * @param name its name, for the error
   * @param <T> its type
   * @return the argument
   * @throws InvalidInputException {@code REQUIRED} if it is {@code null}
   */
  public static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw InvalidInputException.of(name, ReasonCode.REQUIRED);
    }
    return value;
  }
}
