package org.diaryaccess.spi.id;

import org.diaryaccess.spi.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The opaque identifier of a citizen registered on the portal; owned by the host: 1 to 128 visible characters.
 *
 * @param value the identifier
 * @since 0.1.0
 */
public record CitizenId(String value) implements Comparable<CitizenId> {
  /**
   * Checks the identifier's form.
   *
   * @param value the identifier
   */
  public CitizenId {
    Ids.check(value, "citizenId");
  }

  /**
   * Reads an identifier.
   *
   * @param value the identifier as the host or the library wrote it
   * @return the identifier
   * @throws InvalidInputException {@code REQUIRED}, {@code TOO_LONG} or {@code INVALID_ID}
   */
  public static CitizenId of(@Nullable String value) {
    return new CitizenId(Ids.check(value, "citizenId"));
  }

  @Override
  public int compareTo(CitizenId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
