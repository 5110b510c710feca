package org.diaryaccess.core;

import static com.google.common.base.Preconditions.checkState;
import static org.diaryaccess.core.support.Inputs.require;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.diaryaccess.core.audit.AuditChain;
import org.diaryaccess.core.audit.AuditVerification;
import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.decision.AccessRules;
import org.diaryaccess.core.decision.Viewer;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.core.delivery.OutboxDelivery;
import org.diaryaccess.core.diagnosis.Diagnosis;
import org.diaryaccess.core.diagnosis.Diagnostician;
import org.diaryaccess.core.grant.GrantEnding;
import org.diaryaccess.core.grant.GrantReads;
import org.diaryaccess.core.grant.GrantStanding;
import org.diaryaccess.core.grant.GrantSweep;
import org.diaryaccess.core.grant.GrantValidity;
import org.diaryaccess.core.grant.Provisioning;
import org.diaryaccess.core.history.AccessHistory;
import org.diaryaccess.core.history.HistoryEntry;
import org.diaryaccess.core.housekeeping.DiaryStatus;
import org.diaryaccess.core.housekeeping.Housekeeping;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.diaryaccess.core.housekeeping.StatusReader;
import org.diaryaccess.core.invitation.Acceptance;
import org.diaryaccess.core.invitation.InvitationAnswers;
import org.diaryaccess.core.invitation.InvitationExpiry;
import org.diaryaccess.core.invitation.InvitationPolicy;
import org.diaryaccess.core.invitation.InvitationPreview;
import org.diaryaccess.core.invitation.InvitationReads;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.invitation.InvitationSending;
import org.diaryaccess.core.matching.MatchPolicy;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.profile.Readiness;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.core.trusted.TrustedPerson;
import org.diaryaccess.core.trusted.TrustedPersons;
import org.diaryaccess.core.validation.InputValidation;
import org.diaryaccess.core.wording.NoticeWords;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.DiaryObserver;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.IdGenerator;
import org.diaryaccess.spi.InvitationFacts;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.TrustedPersonFacts;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;

/**
 * The library's one entry point: who may see which pupil's diary, and the workflows that grant
 * that access. A host builds it once with its ports and calls it from any number of threads.
 *
 * <pre>{@code
 * DiaryAccess access = DiaryAccess.builder()
 *     .store(store)                          // in-memory or JDBC adapter: every storage port
 *     .notificationCentre(centre)            // the host's «Центр уведомлений»
 *     .diaryProvisioning(diarySystem)        // the host's diary system
 *     .clock(clock)                          // the host's clock: the only source of time
 *     .build();
 * AccessDecision decision = access.decide(citizenId, pupilId);
 * }</pre>
 *
 * <p>Every method validates its input ({@link InvalidInputException}); every command either
 * does what was asked or refuses with stable reason codes ({@link RefusedException}) and changes
 * nothing. Nothing is cached: every answer reflects the store as it is now.
 *
 * @since 0.1.0
 */
public final class DiaryAccess implements AutoCloseable {
  private final AccessSettings settings;
  private final InputValidation validation;
  private final UnitOfWork unitOfWork;
  private final Citizens citizens;
  private final AccessRules rules;
  private final Diagnostician diagnostician;
  private final InvitationSending sending;
  private final InvitationAnswers answers;
  private final InvitationReads invitationReads;
  private final GrantReads grantReads;
  private final TrustedPersons trustedPersons;
  private final GrantEnding ending;
  private final Provisioning provisioning;
  private final Housekeeping housekeeping;
  private final StatusReader status;
  private final DiaryObserver observer;
  private final AuditChain auditChain;
  private final AccessHistory history;

  /** Wires every capability with the ports it uses, and nothing else. */
  private DiaryAccess(Builder parts) {
    Citizens people = Builder.present(parts.citizens, "citizens");
    SchoolRegister register = Builder.present(parts.register, "schoolRegister");
    Invitations invitations = Builder.present(parts.invitations, "invitations");
    Grants grants = Builder.present(parts.grants, "grants");
    Outbox outbox = Builder.present(parts.outbox, "outbox");
    NotificationCentre centre = Builder.present(parts.notificationCentre, "notificationCentre");
    DiaryProvisioning diarySystem = Builder.present(parts.provisioning, "diaryProvisioning");
    AuditLog auditLog = Builder.present(parts.auditLog, "auditLog");
    DiaryViews diaryViews = Builder.present(parts.diaryViews, "diaryViews");
    UnitOfWork work = Builder.present(parts.unitOfWork, "unitOfWork");
    Clock clock = Builder.present(parts.clock, "clock");
    AccessFacts accessFacts = parts.accessFacts != null
        ? parts.accessFacts : AccessFacts.composedOf(people, register, grants);
    InvitationFacts invitationFacts = parts.invitationFacts != null
        ? parts.invitationFacts : InvitationFacts.composedOf(people, register, invitations, grants);
    TrustedPersonFacts trustedPersonFacts = parts.trustedPersonFacts != null
        ? parts.trustedPersonFacts : TrustedPersonFacts.composedOf(people, register, invitations, grants);
    IdGenerator ids = parts.ids;

    this.settings = parts.settings;
    this.validation = new InputValidation(clock.withZone(settings.zone()));
    this.unitOfWork = work;
    this.citizens = people;
    Representation representation = new Representation(parts.match, settings);
    GrantValidity validity = new GrantValidity(representation);
    this.observer = parts.observer;
    Commands commands = new Commands(work, invitations, grants, outbox, auditLog, ids, clock, observer);
    this.rules = new AccessRules(work, accessFacts, representation, validity, clock, settings);
    NoticeWords words = new NoticeWords(work, invitations, grants, people, register, settings);
    this.diagnostician = new Diagnostician(work, accessFacts, people, register, invitations, grants, representation,
        validity, rules, words, settings);
    this.sending = new InvitationSending(commands, invitations, invitationFacts,
        new InvitationPolicy(representation, settings), ids, settings);
    this.answers = new InvitationAnswers(commands, invitations, people, register, grants, representation, ids, settings);
    this.invitationReads = new InvitationReads(work, invitations, people, register, representation, clock, settings);
    GrantStanding standing = new GrantStanding(people, register, validity);
    this.provisioning = new Provisioning(commands, work, grants, diarySystem, standing, clock, settings);
    this.grantReads = new GrantReads(work, grants, people, register, representation, standing, clock, settings);
    this.trustedPersons = new TrustedPersons(work, trustedPersonFacts, representation, validity, clock, settings);
    this.ending = new GrantEnding(commands, grants, people, register, representation, settings);

    this.auditChain = new AuditChain(commands, work, auditLog);
    this.status = new StatusReader(work, outbox, grants, auditLog, clock);
    this.history = new AccessHistory(work, diaryViews, people, register, grants, representation, clock, settings);
    this.housekeeping = new Housekeeping(
        new InvitationExpiry(commands, work, invitations, clock),
        new GrantSweep(commands, work, grants, standing, clock, settings),
        new OutboxDelivery(work, outbox, centre, provisioning, words, clock),
        provisioning,
        history,
        auditChain);
  }

  /**
   * Starts building an instance.
   *
   * @return starts building an instance
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings in force.
   *
   * @return the settings in force
   */
  public AccessSettings settings() {
    return settings;
  }

  // ---- profile (R2) ----

  /**
   * R2: whether a citizen's profile is ready for diary access, naming each missing or invalid
   * field («Проверить обязательные данные»).
   *
   * @param citizen who
   * @return the verdict
   * @throws RefusedException {@code CITIZEN_UNKNOWN}
   */
  public Readiness readiness(CitizenId citizen) {
    require(citizen, "citizen");
    return unitOfWork.read(() -> citizens.findById(citizen)
        .map(c -> Readiness.of(c.contacts()))
        .orElseThrow(() -> RefusedException.because(ReasonCode.CITIZEN_UNKNOWN)));
  }

  // ---- decisions and lists (R4, R5, R10, R12, R13) ----

  /**
   * Whether a citizen may see a pupil's diary: on every diary page view.
   *
   * @param citizen who asks
   * @param pupil whose diary
   * @return allowed with its basis, or denied with reasons
   */
  public AccessDecision decide(CitizenId citizen, PupilRecordId pupil) {
    return decided(require(citizen, "citizen"), require(pupil, "pupil"), null);
  }

  /**
   * Whether a citizen may see one section of a pupil's diary (a trusted person may be limited).
   *
   * @param citizen who asks
   * @param pupil whose diary
   * @param section which section
   * @return allowed with its basis, or denied with reasons
   */
  public AccessDecision decide(CitizenId citizen, PupilRecordId pupil, DiarySection section) {
    return decided(require(citizen, "citizen"), require(pupil, "pupil"), require(section, "section"));
  }

  /** Decides, counts an allowed decision for the access history (R15) and tells the observer. */
  private AccessDecision decided(CitizenId citizen, PupilRecordId pupil, @Nullable DiarySection section) {
    long started = System.nanoTime();
    Instant now = rules.now();
    AccessDecision decision = rules.decide(citizen, pupil, section, now);
    history.record(citizen, pupil, section, decision, now);
    return observed(started, decision);
  }

  /** Tells the observer of a decision with bounded values only; an observer's failure is ignored. */
  private AccessDecision observed(long startedNanos, AccessDecision decision) {
    try {
      String basisOrReason = decision instanceof AccessDecision.Allowed allowed
          ? allowed.basis().key() : decision.reasons().get(0).name();
      observer.decided(decision.isAllowed(), basisOrReason, Duration.ofNanos(System.nanoTime() - startedNanos));
    } catch (RuntimeException ignored) {
      // An observer never changes a decision.
    }
    return decision;
  }

  /**
   * The diaries a citizen can see, each with its basis: the home page.
   *
   * @param citizen who
   * @param page which page
   * @return the page, in pupil-id order
   */
  public Page<VisibleDiary> visibleDiaries(CitizenId citizen, PageRequest page) {
    return rules.visibleDiaries(require(citizen, "citizen"), require(page, "page"));
  }

  /**
   * The diaries a profile change would close, before it is saved: those the citizen sees now as
   * the pupil or a legal representative whose school records would no longer match the proposed
   * contacts (R4, R5) — so that a host can say so before the citizen saves, and point to the
   * diagnosis after. A trusted person's access does not depend on her contacts.
   *
   * @param citizen who would change their profile
   * @param proposed the contacts they would save, as written
   * @return the diaries that would close; empty if none
   * @throws RefusedException {@code CITIZEN_UNKNOWN}
   * @since 0.2.0
   */
  public List<VisibleDiary> diariesClosedBy(CitizenId citizen, Contacts proposed) {
    return rules.closedBy(require(citizen, "citizen"), require(proposed, "proposed"));
  }

  /**
   * Everyone who can see a child's diary, each with their basis; only for the child's legal
   * representatives.
   *
   * @param representative who asks
   * @param pupil the child
   * @param page which page
   * @return the page, in citizen-id order
   * @throws RefusedException {@code NOT_A_REPRESENTATIVE}
   */
  public Page<Viewer> whoCanSee(CitizenId representative, PupilRecordId pupil, PageRequest page) {
    return rules.whoCanSee(require(representative, "representative"), require(pupil, "pupil"), require(page, "page"));
  }

  /**
   * The «Доверенные лица» page: for every child the citizen currently represents, each trusted
   * person in every live state — invited and awaiting the answer, accepted and being opened in
   * the diary system (on time or late), or open — with the sections, the end date, when it was
   * sent or accepted, and what the asker may do: revoke any of them, cancel the invitations they
   * sent. Between acceptance and provisioning this is where a parent sees, and may revoke, a
   * trusted person whom {@link #whoCanSee} does not list yet.
   *
   * @param representative who asks
   * @param page which page
   * @return the page, by child; empty for a citizen who represents nobody
   * @throws RefusedException {@code CITIZEN_UNKNOWN}
   * @since 0.2.0
   */
  public Page<TrustedPerson> trustedPersons(CitizenId representative, PageRequest page) {
    return trustedPersons.of(require(representative, "representative"), require(page, "page"));
  }

  /**
   * One child's part of {@link #trustedPersons(CitizenId, PageRequest)}, for the child's current
   * legal representatives only.
   *
   * @param representative who asks
   * @param pupil the child
   * @param page which page
   * @return the page
   * @throws RefusedException {@code NOT_A_REPRESENTATIVE} for anyone who is not a current legal
   *     representative of the child, exactly as for a child that does not exist
   * @since 0.2.0
   */
  public Page<TrustedPerson> trustedPersons(CitizenId representative, PupilRecordId pupil, PageRequest page) {
    return trustedPersons.of(require(representative, "representative"), require(pupil, "pupil"),
        require(page, "page"));
  }

  // ---- access history (R15) ----

  /**
   * R15, «Кто открывал дневник»: who opened a child's diary between two days — on which days, how
   * often, which sections, and how each viewer was related to the child (the pupil, a legal
   * representative, a trusted person with her grant, kept even after the grant ended). A current
   * legal representative reads everyone's views, her own and the other parent's marked as such;
   * a trusted person with a live grant reads her own. Views reach the history when housekeeping
   * (or {@link #close()}) writes what was counted in memory; those of an instance that died
   * before writing are lost.
   *
   * @param asker who asks
   * @param pupil the child
   * @param from the first day, inclusive, in the settings' zone
   * @param to the last day, inclusive
   * @param page which page
   * @return the page, newest day first, then by viewer id
   * @throws InvalidInputException {@code INVALID_DATE} if {@code to} is before {@code from}
   * @throws RefusedException {@code NOT_A_REPRESENTATIVE} for anyone else — a stranger, an
   *     ex-representative, the pupil, a trusted person asking about others — exactly as for a
   *     child that does not exist
   * @since 0.2.0
   */
  public Page<HistoryEntry> accessHistory(CitizenId asker, PupilRecordId pupil, LocalDate from, LocalDate to,
      PageRequest page) {
    return history.of(require(asker, "asker"), require(pupil, "pupil"), require(from, "from"), require(to, "to"),
        require(page, "page"));
  }

  // ---- diagnosis (R6) ----

  /**
   * R6: why a citizen has no access, and the card for the class teacher.
   *
   * @param citizen who
   * @return the diagnosis
   * @throws RefusedException {@code CITIZEN_UNKNOWN}
   */
  public Diagnosis diagnose(CitizenId citizen) {
    return diagnostician.diagnose(require(citizen, "citizen"));
  }

  // ---- invitations (R7, R8) ----

  /**
   * R7 step 4: previews an invitation after every rule has passed; stores and sends nothing.
   *
   * @param inviter the authenticated legal representative
   * @param request the form
   * @return the preview
   * @throws InvalidInputException if the form is invalid
   * @throws RefusedException with the R7 reasons
   */
  public InvitationPreview preview(CitizenId inviter, InvitationRequest request) {
    return sending.preview(require(inviter, "inviter"), validation.check(require(request, "request")));
  }

  /**
   * R7 step 5: sends an invitation: stored as pending, the notice queued for the trusted
   * person's notification centre.
   *
   * @param inviter the authenticated legal representative
   * @param request the form
   * @return the pending invitation
   * @throws InvalidInputException if the form is invalid
   * @throws RefusedException with the R7 reasons
   */
  public Invitation send(CitizenId inviter, InvitationRequest request) {
    return sending.send(require(inviter, "inviter"), validation.check(require(request, "request")));
  }

  /**
   * R8: the inviter cancels a pending invitation.
   *
   * @param inviter who sent it
   * @param invitation which
   * @return the cancelled invitation
   * @throws RefusedException {@code NOT_THE_INVITER}, {@code INVITATION_NOT_PENDING}, ...
   */
  public Invitation cancel(CitizenId inviter, InvitationId invitation) {
    return answers.cancel(require(inviter, "inviter"), require(invitation, "invitation"));
  }

  /**
   * R8: the trusted person accepts; one grant per child that still qualifies.
   *
   * @param invitee who was invited
   * @param invitation which
   * @return the invitation and its grants
   * @throws RefusedException {@code NOT_THE_INVITEE}, {@code INVITATION_NOT_PENDING},
   *     {@code INVITATION_EXPIRED}, ...
   */
  public Acceptance accept(CitizenId invitee, InvitationId invitation) {
    return answers.accept(require(invitee, "invitee"), require(invitation, "invitation"));
  }

  /**
   * R8: the trusted person declines.
   *
   * @param invitee who was invited
   * @param invitation which
   * @return the declined invitation
   * @throws RefusedException {@code NOT_THE_INVITEE}, {@code INVITATION_NOT_PENDING}, ...
   */
  public Invitation decline(CitizenId invitee, InvitationId invitation) {
    return answers.decline(require(invitee, "invitee"), require(invitation, "invitation"));
  }

  /**
   * An invitation by id — what a notice points to — as it stands now (one past its expiry reads
   * as expired). It answers to the inviter, the invitee and a current legal representative of
   * one of its children; anyone else gets exactly the answer an unknown id gets.
   *
   * @param citizen who asks
   * @param invitation which
   * @return the invitation
   * @throws RefusedException {@code INVITATION_UNKNOWN}
   */
  public Invitation invitation(CitizenId citizen, InvitationId invitation) {
    return invitationReads.invitation(require(citizen, "citizen"), require(invitation, "invitation"));
  }

  /**
   * A grant by id — what a notice points to — as it stands now (one whose basis is gone reads as
   * terminated, with the reason). It answers to the trusted person, the grantor and a current
   * legal representative of the child; anyone else gets exactly the answer an unknown id gets.
   *
   * @param citizen who asks
   * @param grant which
   * @return the grant
   * @throws RefusedException {@code GRANT_UNKNOWN}
   */
  public Grant grant(CitizenId citizen, GrantId grant) {
    return grantReads.grant(require(citizen, "citizen"), require(grant, "grant"));
  }

  /**
   * Invitations a citizen sent, by state as it stands now (one past its expiry is expired).
   *
   * @param inviter who
   * @param states which states; empty for all
   * @param page which page
   * @return the page, in id order
   */
  public Page<Invitation> invitationsSent(CitizenId inviter, Set<InvitationState> states, PageRequest page) {
    return invitationReads.sent(require(inviter, "inviter"), Set.copyOf(require(states, "states")), require(page, "page"));
  }

  /**
   * Invitations a citizen received, by state as it stands now: the notification centre's list.
   *
   * @param invitee who
   * @param states which states; empty for all
   * @param page which page
   * @return the page, in id order
   */
  public Page<Invitation> invitationsReceived(CitizenId invitee, Set<InvitationState> states, PageRequest page) {
    return invitationReads.received(require(invitee, "invitee"), Set.copyOf(require(states, "states")),
        require(page, "page"));
  }

  // ---- grants (R9, R11) ----

  /**
   * R11: a legal representative of the child revokes a trusted person's access.
   *
   * @param representative who revokes
   * @param grant which
   * @return the revoked grant
   * @throws RefusedException {@code NOT_A_REPRESENTATIVE}, {@code GRANT_NOT_LIVE}, ...
   */
  public Grant revoke(CitizenId representative, GrantId grant) {
    return ending.revoke(require(representative, "representative"), require(grant, "grant"));
  }

  /**
   * R11: the trusted person gives up access.
   *
   * @param trustee who renounces
   * @param grant which
   * @return the renounced grant
   * @throws RefusedException {@code NOT_THE_TRUSTEE}, {@code GRANT_NOT_LIVE}, ...
   */
  public Grant renounce(CitizenId trustee, GrantId grant) {
    return ending.renounce(require(trustee, "trustee"), require(grant, "grant"));
  }

  /**
   * R9: the host's diary system confirms it opened a grant's access (when it answered
   * {@code ACCEPTED_FOR_LATER} to the provisioning request).
   *
   * @param grant which
   * @return the active grant
   * @throws RefusedException {@code GRANT_UNKNOWN}, {@code GRANT_NOT_PROVISIONING}
   */
  public Grant confirmProvisioning(GrantId grant) {
    return provisioning.confirm(require(grant, "grant"));
  }

  /**
   * R9: grants still provisioning past their deadline, to alert on.
   *
   * @param page which page
   * @return the page, in id order
   */
  public Page<Grant> overdueGrants(PageRequest page) {
    return provisioning.overdue(require(page, "page"));
  }

  // ---- housekeeping ----

  /**
   * Everything a host schedules, once: expire invitations, terminate stale grants, deliver the
   * outbox (activating confirmed grants), count overdue grants. Safe to run on several instances
   * at once.
   *
   * @return what changed
   */
  public HousekeepingReport housekeeping() {
    return housekeeping.runAll();
  }

  /**
   * What an operator watches: the outbox backlog and the age of its oldest message, grants past
   * their provisioning deadline, audit entries awaiting their seal. Four counting queries on
   * indexes: cheap enough to poll every few seconds, for health checks and metrics.
   *
   * @return the counts
   */
  public DiaryStatus status() {
    return status.status();
  }

  /**
   * Recomputes the audit log's hash chain from its first entry (R14), to show that no sealed
   * entry was edited, inserted or deleted. Entries are sealed by {@link #housekeeping()}; those
   * committed since are counted, not checked. Reads the whole log: schedule it, don't serve it.
   *
   * @return intact or where it breaks, and the head hash to keep outside the database
   */
  public AuditVerification verifyAudit() {
    return auditChain.verify();
  }

  /**
   * The last verification of the audit chain made through this instance — by the host, an
   * operator's page or a scheduler alike — so that a health check reports a broken chain until a
   * verification finds it intact again. Each instance keeps its own.
   *
   * @return the last verification, or empty if none ran yet
   * @since 0.2.0
   */
  public Optional<AuditVerification> lastAuditVerification() {
    return auditChain.lastVerification();
  }

  /**
   * Writes the views counted in memory to the access history (R15), as housekeeping does: call
   * it when the host stops, so that the last interval's counts are kept. The instance still works
   * afterwards; what it counts later waits for the next housekeeping or close.
   */
  @Override
  public void close() {
    history.flush();
  }

  /**
   * The validator with the library's constraints, for a host's own forms.
   *
   * @return the validator with the library's constraints, for a host's own forms
   */
  public jakarta.validation.Validator validator() {
    return validation.validator();
  }

  /** Builds a {@link DiaryAccess}. Every port is required; the clock, ids, settings and match rule have defaults. */
  public static final class Builder {
    private @Nullable Citizens citizens;
    private @Nullable SchoolRegister register;
    private @Nullable Invitations invitations;
    private @Nullable Grants grants;
    private @Nullable Outbox outbox;
    private @Nullable NotificationCentre notificationCentre;
    private @Nullable DiaryProvisioning provisioning;
    private @Nullable AuditLog auditLog;
    private @Nullable DiaryViews diaryViews;
    private @Nullable UnitOfWork unitOfWork;
    private IdGenerator ids = IdGenerator.randomUuids();
    private @Nullable Clock clock;
    private AccessSettings settings = AccessSettings.defaults();
    private MatchPolicy match = MatchPolicy.standard();
    private @Nullable AccessFacts accessFacts;
    private @Nullable InvitationFacts invitationFacts;
    private @Nullable TrustedPersonFacts trustedPersonFacts;
    private DiaryObserver observer = DiaryObserver.none();

    private Builder() {}

    /**
     * Takes every storage port from one store.
     *
     * @param store an adapter's store
     * @return this builder
     */
    public Builder store(DiaryStore store) {
      return citizens(store.citizens()).schoolRegister(store.schoolRegister()).invitations(store.invitations())
          .grants(store.grants()).outbox(store.outbox()).auditLog(store.auditLog()).diaryViews(store.diaryViews())
          .unitOfWork(store.unitOfWork())
          .accessFacts(store.accessFacts()).invitationFacts(store.invitationFacts())
          .trustedPersonFacts(store.trustedPersonFacts());
    }

    /**
     * Uses the portal's registry.
     *
     * @param value the portal's registry
     * @return this builder
     */
    public Builder citizens(Citizens value) {
      this.citizens = value;
      return this;
    }

    /**
     * Uses the school register.
     *
     * @param value the school register
     * @return this builder
     */
    public Builder schoolRegister(SchoolRegister value) {
      this.register = value;
      return this;
    }

    /**
     * Uses the invitations store.
     *
     * @param value the invitations store
     * @return this builder
     */
    public Builder invitations(Invitations value) {
      this.invitations = value;
      return this;
    }

    /**
     * Uses the grants store.
     *
     * @param value the grants store
     * @return this builder
     */
    public Builder grants(Grants value) {
      this.grants = value;
      return this;
    }

    /**
     * Uses the outbox.
     *
     * @param value the outbox
     * @return this builder
     */
    public Builder outbox(Outbox value) {
      this.outbox = value;
      return this;
    }

    /**
     * Uses the notification centre.
     *
     * @param value the notification centre
     * @return this builder
     */
    public Builder notificationCentre(NotificationCentre value) {
      this.notificationCentre = value;
      return this;
    }

    /**
     * Uses the diary system.
     *
     * @param value the diary system
     * @return this builder
     */
    public Builder diaryProvisioning(DiaryProvisioning value) {
      this.provisioning = value;
      return this;
    }

    /**
     * Uses the audit log.
     *
     * @param value the audit log
     * @return this builder
     */
    public Builder auditLog(AuditLog value) {
      this.auditLog = value;
      return this;
    }

    /**
     * Uses the access history (R15).
     *
     * @param value the access history
     * @return this builder
     * @since 0.2.0
     */
    public Builder diaryViews(DiaryViews value) {
      this.diaryViews = value;
      return this;
    }

    /**
     * Uses how writes are grouped.
     *
     * @param value how writes are grouped
     * @return this builder
     */
    public Builder unitOfWork(UnitOfWork value) {
      this.unitOfWork = value;
      return this;
    }

    /**
     * Uses id generation (random UUIDs by default).
     *
     * @param value id generation (random UUIDs by default)
     * @return this builder
     */
    public Builder ids(IdGenerator value) {
      this.ids = value;
      return this;
    }

    /**
     * Uses the only source of time; required.
     *
     * @param value the only source of time; required
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Uses the settings (the defaults of docs/RULES.md, Settings).
     *
     * @param value the settings
     * @return this builder
     */
    public Builder settings(AccessSettings value) {
      this.settings = value;
      return this;
    }

    /**
     * Uses the match rule R3 (the standard one by default).
     *
     * @param value the match rule R3 (the standard one by default)
     * @return this builder
     */
    public Builder matchPolicy(MatchPolicy value) {
      this.match = value;
      return this;
    }

    /**
     * Uses a store's combined reader for decisions (set by {@link #store}; by default the ports,
     * one call each).
     *
     * @param value the reader
     * @return this builder
     */
    public Builder accessFacts(AccessFacts value) {
      this.accessFacts = value;
      return this;
    }

    /**
     * Uses a store's combined reader for the invitation rule (set by {@link #store}; by default
     * the ports, one call per kind and child).
     *
     * @param value the reader
     * @return this builder
     */
    public Builder invitationFacts(InvitationFacts value) {
      this.invitationFacts = value;
      return this;
    }

    /**
     * Uses a store's combined reader for the trusted-persons page (set by {@link #store}; by
     * default the ports, a few calls per child).
     *
     * @param value the reader
     * @return this builder
     * @since 0.2.0
     */
    public Builder trustedPersonFacts(TrustedPersonFacts value) {
      this.trustedPersonFacts = value;
      return this;
    }

    /**
     * Tells an observer of every decision and command, for metrics (nobody by default).
     *
     * @param value the observer
     * @return this builder
     */
    public Builder observer(DiaryObserver value) {
      this.observer = Objects.requireNonNull(value, "observer");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return a thread-safe instance
     * @throws IllegalStateException naming the first missing port
     */
    public DiaryAccess build() {
      return new DiaryAccess(this);
    }

    private static <T> T present(@Nullable T value, String name) {
      checkState(value != null, "%s is required", name);
      return value;
    }
  }
}
