package org.diaryaccess.spi.id;

import org.diaryaccess.spi.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The opaque identifier of a pupil record in the school register; owned by the host: 1 to 128 visible characters.
 *
 * @param value the identifier
 * @since 0.1.0
 */
public record PupilRecordId(String value) implements Comparable<PupilRecordId> {
  /**
   * Checks the identifier's form.
   *
   * @param value the identifier
   */
  public PupilRecordId {
    Ids.check(value, "pupilId");
  }

  /**
   * Reads an identifier.
   *
   * @param value the identifier as the host or the library wrote it
   * @return the identifier
   * @throws InvalidInputException {@code REQUIRED}, {@code TOO_LONG} or {@code INVALID_ID}
   */
  public static PupilRecordId of(@Nullable String value) {
    return new PupilRecordId(Ids.check(value, "pupilId"));
  }

  @Override
  public int compareTo(PupilRecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
