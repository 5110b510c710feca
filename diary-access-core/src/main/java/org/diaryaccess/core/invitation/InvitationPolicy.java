package org.diaryaccess.core.invitation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.InvitationFacts;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * Rule R7: who may invite whom, for which children — a pure function of the facts read before
 * it ({@link InvitationFacts}), the request and the instant. Evaluated for the preview and again,
 * inside the sending unit of work, for the send. Checks run in three stages, each stopping the
 * evaluation if it refuses: the inviter's authority over every child; the invitee look-up (which
 * never says which detail was wrong); then every remaining rule, all reported together.
 *
 * @since 0.1.0
 */
public final class InvitationPolicy {
  /** The window the daily invitation limit counts sends in. */
  static final Duration DAILY_WINDOW = Duration.ofHours(24);

  private final Representation representation;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param representation who is whom to a child (R3, R4, R5, R12)
   * @param settings the limits
   */
  public InvitationPolicy(Representation representation, AccessSettings settings) {
    this.representation = checkNotNull(representation, "representation");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * A request the rule accepted, with everything resolved.
   *
   * @param inviter the inviter
   * @param invitee the trusted person
   * @param pupils the children's records
   * @param service the service
   * @param sections the sections to share
   * @param endDate the last day, if any
   */
  public record Draft(Citizen inviter, Citizen invitee, List<PupilRecord> pupils, Service service,
      Set<DiarySection> sections, @Nullable LocalDate endDate) {
    /**
     * Copies the list.
     *
     * @param inviter the inviter
     * @param invitee the trusted person
     * @param pupils the children's records
     * @param service the service
     * @param sections the sections to share
     * @param endDate the last day, if any
     */
    public Draft {
      pupils = ImmutableList.copyOf(pupils);
    }

    /**
     * The children's ids.
     *
     * @return the children's ids
     */
    public List<PupilRecordId> pupilIds() {
      return pupils.stream().map(PupilRecord::id).toList();
    }
  }

  /**
   * What the rule said: the reasons it refused for, or the draft to preview or send.
   *
   * @param reasons every reason that applies; empty if the request may go
   * @param draft the resolved request, exactly when there are no reasons
   */
  public record Verdict(List<ReasonCode> reasons, @Nullable Draft draft) {
    /**
     * Copies the list.
     *
     * @param reasons every reason that applies; empty if the request may go
     * @param draft the resolved request, exactly when there are no reasons
     */
    public Verdict {
      reasons = ImmutableList.copyOf(reasons);
    }

    static Verdict refused(ReasonCode... reasons) {
      return new Verdict(List.of(reasons), null);
    }

    /**
     * The draft, if the rule let the request go.
     *
     * @return the draft
     * @throws RefusedException with every reason, if it did not
     */
    public Draft orElseRefuse() {
      if (draft == null) {
        throw new RefusedException(reasons);
      }
      return draft;
    }
  }

  /**
   * The anti-harassment cooldown (docs/RULES.md, Settings): a decline that brings one person's declines of one
   * inviter's invitations for one child to the limit within the cooldown's span starts a
   * cooldown that lasts the span from that decline. Three declines on days 0, 1 and 2 with a
   * 30-day span keep the person uninvitable until day 32.
   *
   * @param declines when the person declined, oldest first, at least back to {@code now} minus
   *     twice the span
   * @param now the instant
   * @return whether a cooldown is running at {@code now}
   */
  boolean coolingDown(List<Instant> declines, Instant now) {
    int limit = settings.declinesBeforeCooldown();
    Duration span = settings.declineCooldown();
    for (int last = limit - 1; last < declines.size(); last++) {
      Instant reached = declines.get(last);
      boolean limitReached = !declines.get(last - limit + 1).isBefore(reached.minus(span));
      if (limitReached && !reached.isBefore(now.minus(span))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the rule needs read for a request at an instant: declines as far back as a cooldown
   * running now could have started counting (twice its span).
   *
   * @param inviter who invites
   * @param request the validated form
   * @param now the instant
   * @return the query for {@link InvitationFacts#load}
   */
  public InvitationFacts.Query query(CitizenId inviter, InvitationRequest request, Instant now) {
    String phone = request.trusteeMobilePhone();
    ContactValue invitee = phone != null && !phone.isBlank()
        ? MobilePhone.parse(phone)
        : Snils.parse(request.trusteeSnils());
    return new InvitationFacts.Query(inviter, ImmutableSet.copyOf(request.pupils()), invitee, now.minus(DAILY_WINDOW),
        now.minus(settings.declineCooldown().multipliedBy(2)));
  }

  /**
   * Evaluates a validated request against the facts read for it.
   *
   * @param facts what {@link #query} asked for
   * @param request the validated form
   * @param now the instant
   * @return the verdict
   */
  public Verdict evaluate(InvitationFacts.Facts facts, InvitationRequest request, Instant now) {
    Citizen inviter = facts.inviter();
    if (inviter == null) {
      return Verdict.refused(ReasonCode.CITIZEN_UNKNOWN);
    }
    LocalDate today = settings.dayOf(now);
    Map<PupilRecordId, PupilRecord> found = facts.records().stream()
        .collect(Collectors.toMap(PupilRecord::id, Function.identity(), (a, b) -> a));
    List<@Nullable PupilRecord> records = request.pupils().stream().map(found::get).toList();
    if (records.contains(null)) {
      return Verdict.refused(ReasonCode.NOT_A_REPRESENTATIVE);
    }
    for (PupilRecord record : records) {
      if (!representation.isRepresentative(inviter, record, today)) {
        boolean trustee = facts.liveGrants().stream()
            .anyMatch(g -> g.trustee().equals(inviter.id()) && g.pupil().equals(record.id()));
        return Verdict.refused(trustee ? ReasonCode.REDELEGATION_FORBIDDEN : ReasonCode.NOT_A_REPRESENTATIVE);
      }
    }

    // Ambiguity is refused like absence: access must never go to the wrong person, and the
    // answer must not tell which detail was wrong.
    List<Citizen> named = facts.inviteeCandidates().stream()
        .filter(c -> c.name().hasSurname(request.trusteeSurname()))
        .toList();
    if (named.size() != 1) {
      return Verdict.refused(ReasonCode.INVITEE_NOT_FOUND);
    }
    Citizen invitee = named.get(0);

    Set<ReasonCode> reasons = new LinkedHashSet<>();
    if (invitee.id().equals(inviter.id())) {
      reasons.add(ReasonCode.INVITING_SELF);
    }
    for (PupilRecord record : records) {
      if (representation.isPupil(invitee, record)) {
        reasons.add(ReasonCode.INVITING_PUPIL);
      }
      if (representation.isListedRepresentative(invitee, record)) {
        reasons.add(ReasonCode.INVITEE_IS_REPRESENTATIVE);
      }
    }
    LocalDate born = invitee.birthDate();
    if (born != null && Representation.age(born, today) < settings.minimumTrusteeAge()) {
      reasons.add(ReasonCode.INVITEE_MINOR);
    }
    for (PupilRecord record : records) {
      List<Invitation> pending = facts.pending().stream()
          .filter(i -> i.pupils().contains(record.id()) && i.isOpenAt(now))
          .toList();
      List<Grant> live = facts.liveGrants().stream().filter(g -> g.pupil().equals(record.id())).toList();
      if (pending.stream().anyMatch(i -> i.invitee().equals(invitee.id()))) {
        reasons.add(ReasonCode.ALREADY_INVITED);
      }
      if (live.stream().anyMatch(g -> g.trustee().equals(invitee.id()))) {
        reasons.add(ReasonCode.ALREADY_GRANTED);
      }
      if (pending.size() + live.size() >= settings.trustedPersonsPerChild()) {
        reasons.add(ReasonCode.TRUSTED_PERSON_LIMIT);
      }
      List<Instant> declines = facts.declines().stream()
          .filter(d -> d.invitee().equals(invitee.id()) && d.pupil().equals(record.id()))
          .map(InvitationFacts.Decline::at)
          .sorted()
          .toList();
      if (coolingDown(declines, now)) {
        reasons.add(ReasonCode.DECLINE_COOLDOWN);
      }
    }
    if (facts.sentInWindow() >= settings.invitationsPerDay()) {
      reasons.add(ReasonCode.DAILY_INVITATION_LIMIT);
    }
    if (!reasons.isEmpty()) {
      return new Verdict(List.copyOf(reasons), null);
    }
    Set<DiarySection> sections = request.sections() == null ? request.service().sections() : request.sections();
    return new Verdict(List.of(),
        new Draft(inviter, invitee, records, request.service(), sections, request.endDate()));
  }
}
