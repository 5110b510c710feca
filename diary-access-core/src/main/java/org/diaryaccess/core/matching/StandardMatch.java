package org.diaryaccess.core.matching;

import java.util.Optional;
import java.util.Set;
import org.diaryaccess.spi.contact.ContactField;
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

  /** Every match has equal mobile phones: candidates are found by phone alone. */
  @Override
  public Set<ContactField> lookupKeys() {
    return Set.of(ContactField.MOBILE_PHONE);
  }

  private static boolean present(Optional<?> value) {
    return value.isPresent();
  }
}
