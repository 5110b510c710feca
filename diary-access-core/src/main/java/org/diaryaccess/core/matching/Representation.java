package org.diaryaccess.core.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.DecisionFacts.Enrolment;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/**
 * Who a citizen is to a pupil record, by R3 applied to its entries: the pupil (R5), a listed
 * legal representative, and a legal representative with authority now (R4 with R12). Pure and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Representation {
  private final MatchPolicy match;
  private final AccessSettings policy;

  /**
   * Creates it with what it uses.
   *
   * @param match the match rule
   * @param policy for the age of majority
   */
  public Representation(MatchPolicy match, AccessSettings policy) {
    this.match = checkNotNull(match, "match");
    this.policy = checkNotNull(policy, "policy");
  }

  /**
   * The match rule in use.
   *
   * @return the match rule in use
   */
  public MatchPolicy match() {
    return match;
  }

  /**
   * R5: the citizen is the pupil of an enrolled record.
   *
   * @param citizen the citizen
   * @param record the record
   * @return whether the record is enrolled and its own contacts match the citizen
   */
  public boolean isPupil(Citizen citizen, PupilRecord record) {
    return record.enrolled() && isOwnRecord(citizen, record);
  }

  /**
   * The record's own contacts match the citizen, whether or not the child is enrolled.
   *
   * @param citizen the citizen
   * @param record the record
   * @return whether the record is the citizen's own
   */
  public boolean isOwnRecord(Citizen citizen, PupilRecord record) {
    return match.matches(citizen.contacts(), record.contacts());
  }

  /**
   * The record's own contacts match the asker's, whether or not the child is enrolled.
   *
   * @param asker the asker's contacts
   * @param record what a decision reads of the record
   * @return whether the record is the asker's own
   * @since 0.3.0
   */
  public boolean isOwnRecord(Contacts asker, Enrolment record) {
    return match.matches(asker, record.pupil());
  }

  /**
   * The citizen matches one of the record's legal-representative entries, whatever the record's
   * state or the child's age.
   *
   * @param citizen the citizen
   * @param record the record
   * @return whether some entry matches
   */
  public boolean isListedRepresentative(Citizen citizen, PupilRecord record) {
    for (LegalRepresentative entry : record.representatives()) {
      if (match.matches(citizen.contacts(), entry.contacts())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The asker's contacts match one of the record's legal-representative entries, whatever the
   * record's state or the child's age.
   *
   * @param asker the asker's contacts
   * @param record what a decision reads of the record
   * @return whether some entry matches
   * @since 0.3.0
   */
  public boolean isListedRepresentative(Contacts asker, Enrolment record) {
    for (Contacts entry : record.representatives()) {
      if (match.matches(asker, entry)) {
        return true;
      }
    }
    return false;
  }

  /**
   * R12: the child has come of age on the given day (only where the date of birth is known).
   *
   * @param record the record
   * @param today the day
   * @return whether the pupil is at least the age of majority
   */
  public boolean isOfAge(PupilRecord record, LocalDate today) {
    return ofAge(record.birthDate(), today);
  }

  /**
   * R12 on what a decision reads of the record.
   *
   * @param record what a decision reads of the record
   * @param today the day
   * @return whether the pupil is at least the age of majority
   * @since 0.3.0
   */
  public boolean isOfAge(Enrolment record, LocalDate today) {
    return ofAge(record.birthDate(), today);
  }

  private boolean ofAge(@Nullable LocalDate born, LocalDate today) {
    return born != null && Period.between(born, today).getYears() >= policy.ageOfMajority();
  }

  /**
   * R4 with R12: the citizen is a legal representative with authority now — the record is
   * enrolled, the child is not of age, and an entry matches.
   *
   * @param citizen the citizen
   * @param record the record
   * @param today the day
   * @return whether the citizen has a legal representative's access and authority
   */
  public boolean isRepresentative(Citizen citizen, PupilRecord record, LocalDate today) {
    return record.enrolled() && !isOfAge(record, today) && isListedRepresentative(citizen, record);
  }

  /**
   * Age in whole years on a day.
   *
   * @param born date of birth
   * @param today the day
   * @return completed years
   */
  public static int age(LocalDate born, LocalDate today) {
    return Period.between(born, today).getYears();
  }
}
