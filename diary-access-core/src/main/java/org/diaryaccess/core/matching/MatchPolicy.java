package org.diaryaccess.core.matching;

import java.util.EnumSet;
import java.util.Set;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;

/**
 * Rule R3: whether a citizen's profile matches a contact entry of the school (a pupil record's
 * own contacts or a legal-representative entry). Pluggable; {@link #standard()} is the rule of
 * docs/RULES.md. An implementation must be pure and thread-safe.
 *
 * <p>A policy reads valid values (their normal forms), the problems of the rest, and whether a
 * field holds text at all — never the text as written of a valid value: in the contacts a
 * decision reads ({@link org.diaryaccess.spi.DecisionFacts}) that text may be the normal form.
 * {@link Contacts#sameValue} compares a field's valid values reading only the two contacts
 * themselves (a phone and a SNILS as numbers, an e-mail by its hash first): a policy on the path of
 * every decision should compare with it.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MatchPolicy {

  /**
   * Whether the profile matches the entry.
   *
   * @param profile the citizen's contacts
   * @param entry the school's contacts
   * @return {@code true} if the citizen is the person the entry describes
   */
  boolean matches(Contacts profile, Contacts entry);

  /**
   * The fields a match needs an equal value in: a policy promises to match no entry that shares
   * no valid value with the profile in one of these fields. The lists (a citizen's diaries, a
   * child's viewers) and the diagnosis find their candidates by them, so they agree with
   * decisions for any policy that keeps the promise. By default every field — always safe;
   * name fewer to make the lists cheaper.
   *
   * @return the fields, at least one
   */
  default Set<ContactField> lookupKeys() {
    return EnumSet.allOf(ContactField.class);
  }

  /**
   * R3 as docs/RULES.md states it: e-mail equal <em>and</em> mobile phone equal (both valid, after
   * normalisation) <em>and</em>, where both sides hold a SNILS, the SNILS equal. A SNILS written
   * but not valid on either side never matches one on the other side.
   *
   * @return R3 as docs/RULES.md states it: e-mail equal <em>and</em> mobile phone equal (both valid, after normalisation) <em>and</em>, where both sides hold a SNILS, the SNILS equal
   */
  static MatchPolicy standard() {
    return StandardMatch.INSTANCE;
  }
}
