package org.diaryaccess.core.matching;

import java.util.Optional;
import org.diaryaccess.spi.contact.Contacts;

/** The default R3. */
enum StandardMatch implements MatchPolicy {
  INSTANCE;

  @Override
  public boolean matches(Contacts profile, Contacts entry) {
    return present(profile.email()) && profile.email().equals(entry.email())
        && present(profile.mobilePhone()) && profile.mobilePhone().equals(entry.mobilePhone())
        && (!profile.holdsSnils() || !entry.holdsSnils()
            || (present(profile.snils()) && profile.snils().equals(entry.snils())));
  }

  private static boolean present(Optional<?> value) {
    return value.isPresent();
  }
}
