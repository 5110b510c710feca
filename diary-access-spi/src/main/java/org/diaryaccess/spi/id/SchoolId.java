package org.diaryaccess.spi.id;

import org.diaryaccess.spi.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The opaque identifier of a school; owned by the host: 1 to 128 visible characters.
 *
 * @param value the identifier
 * @since 0.1.0
 */
public record SchoolId(String value) implements Comparable<SchoolId> {
  /**
   * Checks the identifier's form.
   *
   * @param value the identifier
   */
  public SchoolId {
    Ids.check(value, "schoolId");
  }

  /**
   * Reads an identifier.
   *
   * @param value the identifier as the host or the library wrote it
   * @return the identifier
   * @throws InvalidInputException {@code REQUIRED}, {@code TOO_LONG} or {@code INVALID_ID}
   */
  public static SchoolId of(@Nullable String value) {
    return new SchoolId(Ids.check(value, "schoolId"));
  }

  @Override
  public int compareTo(SchoolId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
