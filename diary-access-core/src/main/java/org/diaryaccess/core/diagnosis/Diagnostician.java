package org.diaryaccess.core.diagnosis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diaryaccess.core.decision.AccessRules;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.core.diagnosis.Diagnosis.GrantNote;
import org.diaryaccess.core.diagnosis.Diagnosis.SchoolNote;
import org.diaryaccess.core.grant.GrantValidity;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.wording.NoticeWords;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/**
 * Rule R6, for every kind of person, starting from what the citizen has: the diaries open to
 * them; as a trusted person, access being opened or ended; as someone the school lists, a closed
 * record; and only then, for a citizen the school could list, the contact mismatches and the card
 * for the class teacher. A trusted person's access comes from a parent's invitation, not from the
 * school's data, so one whom no school entry touches is not sent to the class teacher.
 *
 * <p>The mismatches look at the enrolled school entries (pupils' own contacts and legal
 * representatives') that hold at least one of the citizen's valid identifiers; for each that does
 * not match in full, they name the fields that differ. They never name a pupil, a school or a
 * value the school holds, and to a citizen who matches no identifier of any entry they say only
 * that the school's data do not hold their contacts — which confirms nothing.
 *
 * @since 0.1.0
 */
public final class Diagnostician {
  /** How far back a trusted person is told of access that ended. */
  public static final Duration ENDED_SHOWN_FOR = Duration.ofDays(90);
  /** How many endings a trusted person is told of at most. */
  static final int ENDED_SHOWN = 20;

  private final UnitOfWork unitOfWork;
  private final AccessFacts facts;
  private final Citizens citizens;
  private final SchoolRegister register;
  private final Invitations invitations;
  private final Grants grants;
  private final Representation representation;
  private final GrantValidity validity;
  private final AccessRules rules;
  private final NoticeWords words;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork a diagnosis reads in one
   * @param facts the citizen and the diaries they might see
   * @param citizens the grantors and whoever ended a grant, for their names
   * @param register the entries that hold one of the citizen's contacts
   * @param invitations the invitations awaiting the citizen's answer
   * @param grants the citizen's ended grants
   * @param representation R3 with R4, R5 and R12
   * @param validity R10, for live grants whose basis is gone
   * @param rules the diaries open now
   * @param words what each note says
   * @param settings the zone
   */
  public Diagnostician(UnitOfWork unitOfWork, AccessFacts facts, Citizens citizens, SchoolRegister register,
      Invitations invitations, Grants grants, Representation representation, GrantValidity validity,
      AccessRules rules, NoticeWords words, AccessSettings settings) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.facts = checkNotNull(facts, "facts");
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.invitations = checkNotNull(invitations, "invitations");
    this.grants = checkNotNull(grants, "grants");
    this.representation = checkNotNull(representation, "representation");
    this.validity = checkNotNull(validity, "validity");
    this.rules = checkNotNull(rules, "rules");
    this.words = checkNotNull(words, "words");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * Diagnoses a citizen.
   *
   * @param citizenId who
   * @return the diagnosis
   * @throws RefusedException {@code CITIZEN_UNKNOWN}
   */
  public Diagnosis diagnose(CitizenId citizenId) {
    return unitOfWork.read(() -> {
      AccessFacts.CitizenFacts loaded = facts.forCitizen(citizenId, representation.match().lookupKeys());
      Citizen citizen = loaded.citizen();
      if (citizen == null) {
        throw RefusedException.because(ReasonCode.CITIZEN_UNKNOWN);
      }
      Instant now = rules.now();
      LocalDate today = settings.dayOf(now);
      List<VisibleDiary> open = List.copyOf(rules.visible(loaded, now).values());
      List<GrantNote> trusted = trustedAccess(citizen, loaded, open, now, today);
      boolean invited = !invitations.receivedBy(citizen.id(), EnumSet.of(InvitationState.PENDING), now,
          PageRequest.first(1)).items().isEmpty();

      Contacts mine = citizen.contacts();
      Map<String, PupilRecord> touched = new TreeMap<>();
      for (ContactValue value : mine.values()) {
        register.findByContact(value).forEach(r -> touched.put(r.id().value(), r));
      }
      List<SchoolNote> closed = schoolNotes(citizen, touched.values(), today);
      Set<ReasonCode> findings = EnumSet.noneOf(ReasonCode.class);
      boolean anyEntryTouched = false;
      for (PupilRecord record : touched.values()) {
        if (!record.enrolled()) {
          continue; // told only to those it lists in full, above; to anyone else, as if it were not there
        }
        for (Contacts entry : entries(record)) {
          if (!sharesAnIdentifier(mine, entry)) {
            continue;
          }
          anyEntryTouched = true;
          if (!representation.match().matches(mine, entry)) {
            differences(mine, entry, findings);
          }
        }
      }
      boolean trustedPersonOnly = !anyEntryTouched && closed.isEmpty() && (invited || !trusted.isEmpty()
          || open.stream().anyMatch(d -> d.basis() instanceof Basis.TrustedPerson));
      if (trustedPersonOnly) {
        // Her access comes from a parent's invitation; the school has no reason to list her.
        return new Diagnosis(open, trusted, closed, List.of(), List.of(), null);
      }
      if (!anyEntryTouched && closed.isEmpty()) {
        findings.add(ReasonCode.NO_SCHOOL_DATA_FOR_CONTACTS);
      }
      boolean cannotMatch = mine.email().isEmpty() || mine.mobilePhone().isEmpty();
      ClassTeacherCard card = findings.isEmpty() && !cannotMatch ? null : new ClassTeacherCard(citizen.name(),
          mine.email().map(ContactValue::normalised).orElse(mine.rawEmail().orElse(null)),
          mine.mobilePhone().map(MobilePhone::formatted).orElse(mine.rawMobilePhone().orElse(null)));
      return new Diagnosis(open, trusted, closed, mine.problems(), List.copyOf(findings), card);
    });
  }

  /**
   * A trusted person's access that is not open: live grants being opened, live ones whose basis is
   * gone (as the sweep will record them), and grants ended recently for a child she does not see
   * now — the newest per child.
   */
  private List<GrantNote> trustedAccess(Citizen citizen, AccessFacts.CitizenFacts loaded, List<VisibleDiary> open,
      Instant now, LocalDate today) {
    Map<CitizenId, Citizen> people = new HashMap<>();
    Map<PupilRecordId, PupilRecord> records = new HashMap<>();
    List<Grant> notOpen = new ArrayList<>();
    Set<PupilRecordId> seen = new HashSet<>();
    open.forEach(d -> seen.add(d.pupil()));
    for (AccessFacts.Facts candidate : loaded.candidates()) {
      PupilRecord record = candidate.record();
      people.putAll(candidate.grantors());
      for (Grant grant : candidate.liveGrants()) {
        seen.add(grant.pupil());
        if (record != null) {
          records.put(record.id(), record);
        }
        TerminationReason stale = validity.staleness(grant, record, candidate.grantors().get(grant.grantor()), today);
        if (stale != null) {
          notOpen.add(grant.terminate(stale, now));
        } else if (grant.state() == GrantState.PROVISIONING) {
          notOpen.add(grant);
        }
      }
    }
    Map<PupilRecordId, Grant> ended = new LinkedHashMap<>();
    for (Grant grant : grants.endedForTrustee(citizen.id(), now.minus(ENDED_SHOWN_FOR), ENDED_SHOWN)) {
      if (!seen.contains(grant.pupil())) {
        ended.putIfAbsent(grant.pupil(), grant);
      }
    }
    if (!ended.isEmpty()) {
      List<CitizenId> named = new ArrayList<>();
      ended.values().forEach(g -> {
        named.add(g.grantor());
        if (g.endedBy() != null) {
          named.add(g.endedBy());
        }
      });
      citizens.findAllById(named).forEach(c -> people.put(c.id(), c));
      register.findAllById(List.copyOf(ended.keySet())).forEach(r -> records.put(r.id(), r));
      notOpen.addAll(ended.values());
    }
    List<GrantNote> notes = new ArrayList<>();
    for (Grant grant : notOpen) {
      notes.add(note(grant, people, records.get(grant.pupil()), now));
    }
    return notes;
  }

  private GrantNote note(Grant grant, Map<CitizenId, Citizen> people, @Nullable PupilRecord record, Instant now) {
    GrantNote.Kind kind = switch (grant.state()) {
      case PROVISIONING -> grant.isOverdueAt(now) ? GrantNote.Kind.OPENING_LATE : GrantNote.Kind.OPENING;
      case REVOKED -> GrantNote.Kind.REVOKED;
      case RENOUNCED -> GrantNote.Kind.RENOUNCED;
      case TERMINATED -> GrantNote.Kind.ENDED;
      case ACTIVE -> throw new IllegalStateException("an open grant is not noted");
    };
    Instant at = kind.isOpening() ? grant.acceptedAt() : checkNotNull(grant.endedAt(), "endedAt");
    return new GrantNote(grant.id(), grant.pupil(), kind, grant.terminationReason(), at,
        kind.isOpening() ? grant.provisioningDeadline() : null, words.forTrustee(grant, people, record, now));
  }

  /** Records that list the citizen in full — as the pupil or a legal representative — and are closed. */
  private List<SchoolNote> schoolNotes(Citizen citizen, Iterable<PupilRecord> records, LocalDate today) {
    List<SchoolNote> notes = new ArrayList<>();
    for (PupilRecord record : records) {
      boolean own = representation.isOwnRecord(citizen, record);
      if (!own && !representation.isListedRepresentative(citizen, record)) {
        continue;
      }
      ReasonCode reason = !record.enrolled() ? ReasonCode.PUPIL_NOT_ENROLLED
          : !own && representation.isOfAge(record, today) ? ReasonCode.PUPIL_OF_AGE : null;
      if (reason != null) {
        notes.add(new SchoolNote(record.id(), own, reason, words.forRecord(record, own, reason)));
      }
    }
    return notes;
  }

  private static List<Contacts> entries(PupilRecord record) {
    List<Contacts> entries = new ArrayList<>();
    entries.add(record.contacts());
    record.representatives().stream().map(LegalRepresentative::contacts).forEach(entries::add);
    return entries;
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
