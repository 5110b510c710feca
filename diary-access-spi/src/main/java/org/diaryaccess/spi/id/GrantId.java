package org.diaryaccess.spi.id;

import org.diaryaccess.spi.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The opaque identifier of a trusted person's grant; minted by the library: 1 to 128 visible characters.
 *
 * @param value the identifier
 * @since 0.1.0
 */
public record GrantId(String value) implements Comparable<GrantId> {
  /**
   * Checks the identifier's form.
   *
   * @param value the identifier
   */
  public GrantId {
    Ids.check(value, "grantId");
  }

  /**
   * Reads an identifier.
   *
   * @param value the identifier as the host or the library wrote it
   * @return the identifier
   * @throws InvalidInputException {@code REQUIRED}, {@code TOO_LONG} or {@code INVALID_ID}
   */
  public static GrantId of(@Nullable String value) {
    return new GrantId(Ids.check(value, "grantId"));
  }

  @Override
  public int compareTo(GrantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
