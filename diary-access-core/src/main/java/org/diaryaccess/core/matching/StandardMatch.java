package org.diaryaccess.core.matching;

import java.util.Set;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;

/** The default R3. */
enum StandardMatch implements MatchPolicy {
  INSTANCE;

  /** The phone first: two numbers compared, which tells most entries apart without their text. */
  @Override
  public boolean matches(Contacts profile, Contacts entry) {
    return profile.sameValue(ContactField.MOBILE_PHONE, entry) && profile.sameValue(ContactField.EMAIL, entry)
        && (!profile.holdsSnils() || !entry.holdsSnils() || profile.sameValue(ContactField.SNILS, entry));
  }

  /** Every match has equal mobile phones: candidates are found by phone alone. */
  @Override
  public Set<ContactField> lookupKeys() {
    return Set.of(ContactField.MOBILE_PHONE);
  }
}
