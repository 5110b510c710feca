package org.diaryaccess.core.diagnosis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diaryaccess.core.decision.AccessRules;
import org.diaryaccess.core.matching.MatchPolicy;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;

/**
 * Rule R6. Looks at the enrolled school entries (pupils' own contacts and legal representatives')
 * that hold at least one of the citizen's valid identifiers; for each that does not match in
 * full, it names the fields that differ. It never names a pupil, a school or a value the school
 * holds, and to a citizen who matches no identifier of any entry it says only that the school's
 * data does not hold their contacts — which confirms nothing.
 *
 * @since 0.1.0
 */
public final class Diagnostician {
  private final UnitOfWork unitOfWork;
  private final AccessFacts facts;
  private final SchoolRegister register;
  private final MatchPolicy match;
  private final AccessRules rules;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork a diagnosis reads in one
   * @param facts the citizen and the diaries they see
   * @param register the entries that hold one of the citizen's contacts
   * @param match R3
   * @param rules to count the diaries already visible
   */
  public Diagnostician(UnitOfWork unitOfWork, AccessFacts facts, SchoolRegister register, MatchPolicy match,
      AccessRules rules) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.facts = checkNotNull(facts, "facts");
    this.register = checkNotNull(register, "register");
    this.match = checkNotNull(match, "match");
    this.rules = checkNotNull(rules, "rules");
  }

  /**
   * Diagnoses a citizen.
   *
   * @param citizenId who
   * @return the diagnosis with the card
   * @throws RefusedException {@code CITIZEN_UNKNOWN}
   */
  public Diagnosis diagnose(CitizenId citizenId) {
    return unitOfWork.read(() -> {
      AccessFacts.CitizenFacts loaded = facts.forCitizen(citizenId, match.lookupKeys());
      Citizen citizen = loaded.citizen();
      if (citizen == null) {
        throw RefusedException.because(ReasonCode.CITIZEN_UNKNOWN);
      }
      Contacts mine = citizen.contacts();
      Map<String, PupilRecord> touched = new HashMap<>();
      for (ContactValue value : mine.values()) {
        register.findByContact(value).forEach(r -> touched.put(r.id().value(), r));
      }
      Set<ReasonCode> findings = EnumSet.noneOf(ReasonCode.class);
      boolean anyEntryTouched = false;
      int visible = rules.visible(loaded, rules.now()).size();
      for (PupilRecord record : touched.values()) {
        if (!record.enrolled()) {
          continue;
        }
        List<Contacts> entries = new ArrayList<>();
        entries.add(record.contacts());
        record.representatives().stream().map(LegalRepresentative::contacts).forEach(entries::add);
        for (Contacts entry : entries) {
          if (!sharesAnIdentifier(mine, entry)) {
            continue;
          }
          anyEntryTouched = true;
          if (!match.matches(mine, entry)) {
            differences(mine, entry, findings);
          }
        }
      }
      if (!anyEntryTouched) {
        findings.add(ReasonCode.NO_SCHOOL_DATA_FOR_CONTACTS);
      }
      ClassTeacherCard card = new ClassTeacherCard(citizen.name(),
          mine.email().map(ContactValue::normalised).orElse(mine.rawEmail().orElse(null)),
          mine.mobilePhone().map(MobilePhone::formatted).orElse(mine.rawMobilePhone().orElse(null)));
      return new Diagnosis(mine.problems(), List.copyOf(findings), visible, card);
    });
  }

  private static boolean sharesAnIdentifier(Contacts mine, Contacts entry) {
    return (mine.email().isPresent() && mine.email().equals(entry.email()))
        || (mine.mobilePhone().isPresent() && mine.mobilePhone().equals(entry.mobilePhone()))
        || (mine.snils().isPresent() && mine.snils().equals(entry.snils()));
  }

  private static void differences(Contacts mine, Contacts entry, Set<ReasonCode> findings) {
    if (mine.email().isPresent() && !mine.email().equals(entry.email())) {
      findings.add(ReasonCode.EMAIL_DIFFERS);
    }
    if (mine.mobilePhone().isPresent() && !mine.mobilePhone().equals(entry.mobilePhone())) {
      findings.add(ReasonCode.MOBILE_PHONE_DIFFERS);
    }
    if (mine.snils().isPresent() && entry.holdsSnils() && !mine.snils().equals(entry.snils())) {
      findings.add(ReasonCode.SNILS_DIFFERS);
    }
  }
}
