package org.diaryaccess.core.invitation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.policy.AccessPolicy;
import org.diaryaccess.core.support.Ports;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * Rule R7: who may invite whom, for which children. Evaluated for the preview and again, inside
 * the sending unit of work, for the send. Checks run in three stages, each stopping the
 * evaluation if it refuses: the inviter's authority over every child; the invitee look-up (which
 * never says which detail was wrong); then every remaining rule, all reported together.
 */
public final class InvitationPolicy {
  /** The window the daily invitation limit counts sends in. */
  static final Duration DAILY_WINDOW = Duration.ofHours(24);

  private final Ports ports;
  private final Representation representation;
  private final AccessPolicy settings;

  /**
   * @param ports what the rule reads
   */
  public InvitationPolicy(Ports ports) {
    this.ports = checkNotNull(ports, "ports");
    this.representation = ports.representation();
    this.settings = ports.policy();
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
    /** Copies the list. */
    public Draft {
      pupils = ImmutableList.copyOf(pupils);
    }

    /** The children's ids. */
    public List<PupilRecordId> pupilIds() {
      return pupils.stream().map(PupilRecord::id).toList();
    }
  }

  /**
   * Evaluates a validated request; call inside a unit of work.
   *
   * @param inviterId who invites
   * @param request the validated form
   * @param now the instant
   * @return the draft to preview or send
   * @throws RefusedException with every reason that applies
   */
  public Draft evaluate(CitizenId inviterId, InvitationRequest request, Instant now) {
    LocalDate today = ports.dayOf(now);
    Citizen inviter = ports.citizens().findById(inviterId)
        .orElseThrow(() -> RefusedException.because(ReasonCode.CITIZEN_UNKNOWN));

    List<PupilRecord> records = new ArrayList<>();
    for (String id : new LinkedHashSet<>(request.pupilIds())) {
      records.add(ports.register().findById(PupilRecordId.of(id))
          .orElseThrow(() -> RefusedException.because(ReasonCode.NOT_A_REPRESENTATIVE)));
    }
    for (PupilRecord record : records) {
      if (!representation.isRepresentative(inviter, record, today)) {
        boolean trustee = !ports.grants().liveFor(inviterId, record.id()).isEmpty();
        throw RefusedException.because(trustee ? ReasonCode.REDELEGATION_FORBIDDEN : ReasonCode.NOT_A_REPRESENTATIVE);
      }
    }

    Citizen invitee = findInvitee(request);

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
      List<Invitation> pending = ports.invitations().pendingFor(record.id()).stream()
          .filter(i -> i.isOpenAt(now)).toList();
      List<Grant> live = ports.grants().liveForPupil(record.id());
      if (pending.stream().anyMatch(i -> i.invitee().equals(invitee.id()))) {
        reasons.add(ReasonCode.ALREADY_INVITED);
      }
      if (live.stream().anyMatch(g -> g.trustee().equals(invitee.id()))) {
        reasons.add(ReasonCode.ALREADY_GRANTED);
      }
      if (pending.size() + live.size() >= settings.trustedPersonsPerChild()) {
        reasons.add(ReasonCode.TRUSTED_PERSON_LIMIT);
      }
      int declines = ports.invitations().countDeclinedSince(invitee.id(), inviter.id(), record.id(),
          now.minus(settings.declineCooldown()));
      if (declines >= settings.declinesBeforeCooldown()) {
        reasons.add(ReasonCode.DECLINE_COOLDOWN);
      }
    }
    if (ports.invitations().countSentSince(inviter.id(), now.minus(DAILY_WINDOW))
        >= settings.invitationsPerDay()) {
      reasons.add(ReasonCode.DAILY_INVITATION_LIMIT);
    }
    if (!reasons.isEmpty()) {
      throw new RefusedException(List.copyOf(reasons));
    }
    Set<DiarySection> sections = request.sections() == null ? request.service().sections() : request.sections();
    return new Draft(inviter, invitee, records, request.service(), sections, request.endDate());
  }

  /**
   * The registered person with this phone or SNILS and this surname. Ambiguity is refused like
   * absence: access must never go to the wrong person, and the answer must not tell which
   * detail was wrong.
   */
  private Citizen findInvitee(InvitationRequest request) {
    String phone = request.trusteeMobilePhone();
    ContactValue key = phone != null && !phone.isBlank()
        ? MobilePhone.parse(phone)
        : Snils.parse(request.trusteeSnils());
    List<Citizen> found = ports.citizens().findByContact(key).stream()
        .filter(c -> c.name().hasSurname(request.trusteeSurname()))
        .toList();
    if (found.size() != 1) {
      throw RefusedException.because(ReasonCode.INVITEE_NOT_FOUND);
    }
    return found.get(0);
  }
}
