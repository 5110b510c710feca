package org.diaryaccess.examples.portal;

import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.PersonName;
import org.jspecify.annotations.Nullable;

/**
 * Someone who can sign in to the demo portal: a citizen, the class teacher or the operator.
 *
 * @param key the sign-in key, kept in the session only
 * @param name the person's name
 * @param role what they may open
 * @param citizen their citizen id at the library, for a citizen; {@code null} for school and operator staff
 */
public record Account(String key, PersonName name, Role role, @Nullable CitizenId citizen) {

  /** What an account may open. */
  public enum Role {
    /** A citizen: profile, diaries, trusted persons, notification centre. */
    CITIZEN,
    /** The class teacher: the school's records of the class. */
    TEACHER,
    /** The portal's operator: the diary system's confirmations, the outbox, the audit log, the demo clock. */
    OPERATOR;

    /**
     * The Spring Security authority.
     *
     * @return {@code ROLE_} and the name
     */
    public String authority() {
      return "ROLE_" + name();
    }
  }

  @Override
  public String toString() {
    return "Account[" + key + ", " + role + "]";
  }
}
