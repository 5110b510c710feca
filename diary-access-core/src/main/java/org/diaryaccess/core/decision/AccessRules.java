package org.diaryaccess.core.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.diaryaccess.core.grant.GrantValidity;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.profile.Readiness;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.support.Paging;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.DecisionFacts;
import org.diaryaccess.spi.DecisionFacts.Enrolment;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;

/**
 * Decides who may see which diary (R4, R5, R10, R12, R13), from the store's current state at
 * every call: nothing is cached, so a revocation or an edit of the school's data is honoured by
 * the very next decision on every host instance.
 *
 * <p>The lists are built on the decision itself, so a list can never show what a decision would
 * deny.
 *
 * @since 0.1.0
 */
public final class AccessRules {
  private final UnitOfWork unitOfWork;
  private final AccessFacts facts;
  private final Representation representation;
  private final GrantValidity validity;
  private final Clock clock;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork each decision reads in one
   * @param facts what a decision reads, fetched together
   * @param representation R3/R4/R5/R12
   * @param validity R10
   * @param clock the time of a decision
   * @param settings the zone its day is read in
   */
  public AccessRules(UnitOfWork unitOfWork, AccessFacts facts, Representation representation, GrantValidity validity,
      Clock clock, AccessSettings settings) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.facts = checkNotNull(facts, "facts");
    this.representation = checkNotNull(representation, "representation");
    this.validity = checkNotNull(validity, "validity");
    this.clock = checkNotNull(clock, "clock");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * The instant a decision made now is made at.
   *
   * @return the clock's instant
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Whether a citizen may see a pupil's diary, or one section of it.
   *
   * @param citizenId who asks
   * @param pupilId whose diary
   * @param section a section, or {@code null} for the diary as such
   * @return allowed with basis, or denied with reasons
   */
  public AccessDecision decide(CitizenId citizenId, PupilRecordId pupilId, @Nullable DiarySection section) {
    return decide(citizenId, pupilId, section, clock.instant());
  }

  /**
   * Whether a citizen may see a pupil's diary, or one section of it, at an instant.
   *
   * @param citizenId who asks
   * @param pupilId whose diary
   * @param section a section, or {@code null} for the diary as such
   * @param now the instant of the decision
   * @return allowed with basis, or denied with reasons
   * @since 0.2.0
   */
  public AccessDecision decide(CitizenId citizenId, PupilRecordId pupilId, @Nullable DiarySection section,
      Instant now) {
    DecisionFacts loaded = facts.loadIsAtomic()
        ? facts.decisionFacts(citizenId, pupilId)
        : unitOfWork.read(() -> facts.decisionFacts(citizenId, pupilId));
    return decide(loaded, section, now);
  }

  /**
   * The decision itself, from the wide values: {@link #decide(DecisionFacts, DiarySection,
   * Instant)} on what it reads of them.
   *
   * @param citizen who asks
   * @param record whose diary, {@code null} if the id names no record
   * @param section a section, or {@code null}
   * @param now the instant of the decision; its day is read in the settings' zone
   * @param liveGrants the citizen's live grants for the pupil
   * @param grantors the citizens who granted them
   * @return the decision
   */
  public AccessDecision decide(Citizen citizen, @Nullable PupilRecord record, @Nullable DiarySection section,
      Instant now, List<Grant> liveGrants, Map<CitizenId, Citizen> grantors) {
    return decide(DecisionFacts.of(citizen, record, liveGrants, grantors), section, now);
  }

  /**
   * The decision itself, from everything it depends on: a pure function of its arguments.
   *
   * <p>Reasons that describe the pupil — the child left school or came of age, a grant ended —
   * go only to a citizen with a tie to the record: the pupil, a listed legal representative, a
   * trusted person with a live grant. Anyone else gets one answer whether the id names an
   * enrolled child, a child who left or nobody at all, so an id teaches a stranger nothing.
   *
   * <p>A trusted person's reasons come in the order she needs them: a grant whose basis is gone
   * says why it ended; a section never shared says so whatever the grant's state; only a shared
   * section (or the diary as such) of a grant still provisioning says that access opens within a
   * day, and only until the provisioning deadline — past it, that opening is late and the
   * portal's support is on it ({@link ReasonCode#GRANT_PROVISIONING_LATE}).
   *
   * @param facts what the decision reads
   * @param section a section, or {@code null}
   * @param now the instant of the decision; its day is read in the settings' zone
   * @return the decision
   * @since 0.3.0
   */
  public AccessDecision decide(DecisionFacts facts, @Nullable DiarySection section, Instant now) {
    Contacts asker = facts.asker();
    if (asker == null) {
      return AccessDecision.denied(ReasonCode.CITIZEN_UNKNOWN);
    }
    Enrolment record = facts.enrolment();
    if (record == null) {
      return noBasis(asker);
    }
    List<DecisionFacts.Terms> liveGrants = facts.liveGrants();
    if (!record.enrolled()) {
      boolean tied = representation.isOwnRecord(asker, record) || representation.isListedRepresentative(asker, record)
          || !liveGrants.isEmpty();
      return tied ? AccessDecision.denied(ReasonCode.PUPIL_NOT_ENROLLED) : noBasis(asker);
    }
    if (representation.isOwnRecord(asker, record)) {
      return new AccessDecision.Allowed(Basis.self());
    }
    LocalDate today = settings.dayOf(now);
    Set<ReasonCode> reasons = new LinkedHashSet<>();
    if (representation.isListedRepresentative(asker, record)) {
      if (!representation.isOfAge(record, today)) {
        return new AccessDecision.Allowed(Basis.legalRepresentative());
      }
      reasons.add(ReasonCode.PUPIL_OF_AGE);
    }
    for (DecisionFacts.Terms grant : liveGrants) {
      TerminationReason stale = validity.staleness(grant, record, today);
      if (stale != null) {
        reasons.add(GrantValidity.reasonCode(stale));
      } else if (section != null && !grant.sections().contains(section)) {
        reasons.add(ReasonCode.SECTION_NOT_GRANTED);
      } else if (grant.state() == GrantState.PROVISIONING) {
        reasons.add(grant.isOverdueAt(now) ? ReasonCode.GRANT_PROVISIONING_LATE : ReasonCode.GRANT_PROVISIONING);
      } else {
        return new AccessDecision.Allowed(new Basis.TrustedPerson(grant.id(), grant.sections()));
      }
    }
    return reasons.isEmpty() ? noBasis(asker) : new AccessDecision.Denied(List.copyOf(reasons));
  }

  /** The one answer for a citizen with no tie to the record: nothing about the pupil, only about their profile. */
  private static AccessDecision noBasis(Contacts asker) {
    return profileCanMatch(asker)
        ? AccessDecision.denied(ReasonCode.NO_ACCESS_BASIS)
        : new AccessDecision.Denied(List.of(ReasonCode.NO_ACCESS_BASIS, ReasonCode.PROFILE_NOT_READY));
  }

  private static boolean profileCanMatch(Contacts asker) {
    for (FieldProblem problem : Readiness.of(asker).problems()) {
      if (problem.field() != ContactField.SNILS) {
        return false;
      }
    }
    return true;
  }

  /**
   * The diaries a citizen can see, each with its basis, in pupil-id order (R13).
   *
   * @param citizenId who
   * @param page which page
   * @return the page
   */
  public Page<VisibleDiary> visibleDiaries(CitizenId citizenId, PageRequest page) {
    return unitOfWork.read(() -> {
      AccessFacts.CitizenFacts loaded = facts.forCitizen(citizenId, representation.match().lookupKeys());
      if (loaded.citizen() == null) {
        throw RefusedException.because(ReasonCode.CITIZEN_UNKNOWN);
      }
      return Paging.page(visible(loaded, clock.instant()), page);
    });
  }

  /**
   * The diaries the citizen of the facts can see, by pupil id; call inside a unit of work.
   *
   * @param facts what {@link AccessFacts#forCitizen} read
   * @param now the instant the diaries are decided at
   * @return the visible diaries, in pupil-id order
   */
  public NavigableMap<String, VisibleDiary> visible(AccessFacts.CitizenFacts facts, Instant now) {
    TreeMap<String, VisibleDiary> visible = new TreeMap<>();
    for (AccessFacts.Facts candidate : facts.candidates()) {
      PupilRecord record = candidate.record();
      if (record != null && decide(candidate, now) instanceof AccessDecision.Allowed allowed) {
        visible.put(record.id().value(), diary(record, allowed.basis()));
      }
    }
    return visible;
  }

  private static VisibleDiary diary(PupilRecord record, Basis basis) {
    return new VisibleDiary(record.id(), record.school(), record.className(), record.name(), basis);
  }

  /**
   * The diaries a profile change would close (R4, R5): those the citizen sees now as the pupil or
   * a legal representative whose records would no longer match the proposed contacts. A trusted
   * person's access does not depend on her contacts, so none of it closes.
   *
   * @param citizenId who would change their profile
   * @param proposed the contacts they would save
   * @return the diaries that would close, in pupil-id order; empty if none
   * @throws RefusedException {@code CITIZEN_UNKNOWN}
   */
  public List<VisibleDiary> closedBy(CitizenId citizenId, Contacts proposed) {
    return unitOfWork.read(() -> {
      AccessFacts.CitizenFacts loaded = facts.forCitizen(citizenId, representation.match().lookupKeys());
      Citizen citizen = loaded.citizen();
      if (citizen == null) {
        throw RefusedException.because(ReasonCode.CITIZEN_UNKNOWN);
      }
      Instant now = clock.instant();
      Citizen changed = citizen.withContacts(proposed);
      List<VisibleDiary> closed = new ArrayList<>();
      for (AccessFacts.Facts candidate : loaded.candidates()) {
        PupilRecord record = candidate.record();
        if (record != null && decide(candidate, now) instanceof AccessDecision.Allowed allowed
            && !decide(changed, record, null, now, candidate.liveGrants(), candidate.grantors()).isAllowed()) {
          closed.add(diary(record, allowed.basis()));
        }
      }
      return List.copyOf(closed);
    });
  }

  /**
   * Everyone who can see a child's diary, each with their basis, in citizen-id order (R13).
   * Only the child's legal representatives may ask.
   *
   * @param askingId who asks
   * @param pupilId the child
   * @param page which page
   * @return the page
   * @throws RefusedException {@code NOT_A_REPRESENTATIVE} if the asker is not one
   */
  public Page<Viewer> whoCanSee(CitizenId askingId, PupilRecordId pupilId, PageRequest page) {
    return unitOfWork.read(() -> {
      Instant now = clock.instant();
      LocalDate today = settings.dayOf(now);
      AccessFacts.PupilFacts loaded = facts.forPupil(pupilId, representation.match().lookupKeys());
      PupilRecord record = loaded.record();
      TreeMap<String, Viewer> viewers = new TreeMap<>();
      boolean askerIsRepresentative = false;
      for (AccessFacts.Facts candidate : loaded.candidates()) {
        Citizen citizen = candidate.citizen();
        if (citizen == null || record == null) {
          continue;
        }
        if (citizen.id().equals(askingId)) {
          askerIsRepresentative = representation.isRepresentative(citizen, record, today);
        }
        if (decide(candidate, now) instanceof AccessDecision.Allowed allowed) {
          viewers.put(citizen.id().value(), new Viewer(citizen.id(), citizen.name(), allowed.basis()));
        }
      }
      // A representative holds a phone the record holds, so is always among the candidates.
      if (!askerIsRepresentative) {
        throw RefusedException.because(ReasonCode.NOT_A_REPRESENTATIVE);
      }
      return Paging.page(viewers, page);
    });
  }

  private AccessDecision decide(AccessFacts.Facts facts, Instant now) {
    Citizen citizen = facts.citizen();
    PupilRecord record = facts.record();
    if (citizen == null) {
      return AccessDecision.denied(ReasonCode.CITIZEN_UNKNOWN);
    }
    return decide(citizen, record, null, now, facts.liveGrants(), facts.grantors());
  }
}
