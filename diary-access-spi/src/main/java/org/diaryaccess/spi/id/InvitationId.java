package org.diaryaccess.spi.id;

import org.diaryaccess.spi.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The opaque identifier of an invitation; minted by the library: 1 to 128 visible characters.
 *
 * @param value the identifier
 * @since 0.1.0
 */
public record InvitationId(String value) implements Comparable<InvitationId> {
  /**
   * Checks the identifier's form.
   *
   * @param value the identifier
   */
  public InvitationId {
    Ids.check(value, "invitationId");
  }

  /**
   * Reads an identifier.
   *
   * @param value the identifier as the host or the library wrote it
   * @return the identifier
   * @throws InvalidInputException {@code REQUIRED}, {@code TOO_LONG} or {@code INVALID_ID}
   */
  public static InvitationId of(@Nullable String value) {
    return new InvitationId(Ids.check(value, "invitationId"));
  }

  @Override
  public int compareTo(InvitationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
