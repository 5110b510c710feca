package org.diaryaccess.core.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.PersonName;

/**
 * Someone who can see a child's diary, for the trusted-persons page (R13).
 *
 * @param citizen who
 * @param name their name as the portal holds it
 * @param basis why
 * @since 0.1.0
 */
public record Viewer(CitizenId citizen, PersonName name, Basis basis) {
  /**
   * Checks the parts.
   *
   * @param citizen who
   * @param name their name as the portal holds it
   * @param basis why
   */
  public Viewer {
    checkNotNull(citizen, "citizen");
    checkNotNull(name, "name");
    checkNotNull(basis, "basis");
  }
}
