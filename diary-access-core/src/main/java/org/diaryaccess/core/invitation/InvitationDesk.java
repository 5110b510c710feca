package org.diaryaccess.core.invitation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.core.support.Ports;
import org.diaryaccess.core.support.Subjects;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.delivery.Topic;

/**
 * The trusted-persons workflow (R7, R8): preview, send, cancel, accept, decline, and the lists of
 * invitations sent and received. Each command is one audited unit of work whose notices go to
 * the outbox in that same unit of work.
 */
public final class InvitationDesk {
  private final Ports ports;
  private final Commands commands;
  private final InvitationPolicy policy;
  private final Representation representation;

  /**
   * @param ports what it runs on
   * @param commands how commands run
   */
  public InvitationDesk(Ports ports, Commands commands) {
    this.ports = checkNotNull(ports, "ports");
    this.commands = checkNotNull(commands, "commands");
    this.policy = new InvitationPolicy(ports);
    this.representation = ports.representation();
  }

  /**
   * R7 step 4: what would be sent, after every rule has passed. Nothing is stored or sent; the
   * look-up is audited ({@link AuditAction#INVITE}).
   *
   * @param inviter who invites
   * @param request the validated form
   * @return the preview
   */
  public InvitationPreview preview(CitizenId inviter, InvitationRequest request) {
    return commands.run(AuditAction.INVITE, inviter, subjectsOf(request), () -> {
      Instant now = ports.now();
      InvitationPolicy.Draft draft = policy.evaluate(inviter, request, now);
      commands.audit(now, inviter, AuditAction.INVITE, null, null, null, draft.pupilIds(), draft.invitee().id());
      return new InvitationPreview(draft.service(), draft.invitee().name(),
          draft.pupils().stream()
              .map(r -> new InvitationPreview.Child(r.id(), r.name(), r.className()))
              .toList(),
          draft.sections(), draft.endDate());
    });
  }

  /**
   * R7 step 5: stores one pending invitation for all the chosen children and puts the notice for
   * the trusted person's notification centre in the outbox.
   *
   * @param inviter who invites
   * @param request the validated form
   * @return the pending invitation
   */
  public Invitation send(CitizenId inviter, InvitationRequest request) {
    return commands.run(AuditAction.SEND, inviter, subjectsOf(request), () -> {
      ports.invitations().lockForSending(inviter,
          Set.copyOf(request.pupilIds().stream().map(PupilRecordId::of).toList()));
      Instant now = ports.now();
      InvitationPolicy.Draft draft = policy.evaluate(inviter, request, now);
      Invitation invitation = new Invitation(ports.ids().newInvitationId(), inviter, draft.invitee().id(),
          draft.service(), draft.pupilIds(), draft.sections(), draft.endDate(), InvitationState.PENDING, now,
          now.plus(ports.policy().invitationLifetime()), null, 0);
      ports.invitations().insert(invitation);
      commands.notify(now, Topic.INVITATION_RECEIVED, invitation.invitee(), invitation.id(), null);
      commands.audit(now, inviter, AuditAction.SEND, null, invitation.id(), null, invitation.pupils(),
          invitation.invitee());
      return invitation;
    });
  }

  /**
   * R8: the inviter withdraws a pending invitation; the trusted person is told.
   *
   * @param inviter who cancels
   * @param id the invitation
   * @return the cancelled invitation
   */
  public Invitation cancel(CitizenId inviter, InvitationId id) {
    return commands.run(AuditAction.CANCEL, inviter, Subjects.invitation(id), () -> {
      Instant now = ports.now();
      Invitation invitation = load(id, inviter);
      if (!invitation.inviter().equals(inviter)) {
        throw RefusedException.because(ReasonCode.NOT_THE_INVITER);
      }
      requireOpen(invitation, now);
      Invitation cancelled = invitation.answered(InvitationState.CANCELLED, now);
      ports.invitations().update(cancelled);
      commands.notify(now, Topic.INVITATION_CANCELLED, cancelled.invitee(), id, null);
      commands.audit(now, inviter, AuditAction.CANCEL, null, id, null, cancelled.pupils(), cancelled.invitee());
      return cancelled;
    });
  }

  /**
   * R8: the trusted person declines; the inviter is told.
   *
   * @param invitee who declines
   * @param id the invitation
   * @return the declined invitation
   */
  public Invitation decline(CitizenId invitee, InvitationId id) {
    return commands.run(AuditAction.DECLINE, invitee, Subjects.invitation(id), () -> {
      Instant now = ports.now();
      Invitation invitation = loadAsInvitee(id, invitee, now);
      Invitation declined = invitation.answered(InvitationState.DECLINED, now);
      ports.invitations().update(declined);
      commands.notify(now, Topic.INVITATION_DECLINED, declined.inviter(), id, null);
      commands.audit(now, invitee, AuditAction.DECLINE, null, id, null, declined.pupils(), declined.inviter());
      return declined;
    });
  }

  /**
   * R8: the trusted person accepts. The inviter's authority is checked again for each child; one
   * grant is made per child that still qualifies (and for whom the person has no live grant yet),
   * each starting to provision. The inviter is told.
   *
   * @param invitee who accepts
   * @param id the invitation
   * @return the accepted invitation and its grants
   */
  public Acceptance accept(CitizenId invitee, InvitationId id) {
    return commands.run(AuditAction.ACCEPT, invitee, Subjects.invitation(id), () -> {
      Instant now = ports.now();
      LocalDate today = ports.dayOf(now);
      Invitation invitation = loadAsInvitee(id, invitee, now);
      Citizen inviter = ports.citizens().findById(invitation.inviter()).orElse(null);
      List<Grant> grants = new ArrayList<>();
      List<PupilRecordId> notGranted = new ArrayList<>();
      for (PupilRecordId pupil : invitation.pupils()) {
        PupilRecord record = ports.register().findById(pupil).orElse(null);
        boolean qualifies = inviter != null && record != null
            && representation.isRepresentative(inviter, record, today)
            && ports.grants().liveFor(invitee, pupil).isEmpty();
        if (!qualifies) {
          notGranted.add(pupil);
          continue;
        }
        Grant grant = new Grant(ports.ids().newGrantId(), id, invitation.inviter(), invitee, pupil,
            invitation.service(), invitation.sections(), invitation.endDate(), GrantState.PROVISIONING, now,
            now.plus(ports.policy().provisioningDeadline()), null, null, null, 0);
        ports.grants().insert(grant);
        commands.provision(now, Topic.PROVISION_OPEN, grant.id());
        grants.add(grant);
      }
      Invitation accepted = invitation.answered(InvitationState.ACCEPTED, now);
      ports.invitations().update(accepted);
      commands.notify(now, Topic.INVITATION_ACCEPTED, accepted.inviter(), id, null);
      commands.audit(now, invitee, AuditAction.ACCEPT, null, id, null, accepted.pupils(), accepted.inviter());
      return new Acceptance(accepted, grants, notGranted);
    });
  }

  /**
   * Invitations a citizen sent, in id order (R13).
   *
   * @param inviter the citizen
   * @param states the states to include, empty for all
   * @param page which page
   * @return the page
   */
  public Page<Invitation> sent(CitizenId inviter, Set<InvitationState> states, PageRequest page) {
    return ports.unitOfWork().read(() -> ports.invitations().sentBy(inviter, states, page));
  }

  /**
   * Invitations a citizen received, in id order (R13).
   *
   * @param invitee the citizen
   * @param states the states to include, empty for all
   * @param page which page
   * @return the page
   */
  public Page<Invitation> received(CitizenId invitee, Set<InvitationState> states, PageRequest page) {
    return ports.unitOfWork().read(() -> ports.invitations().receivedBy(invitee, states, page));
  }

  private Invitation loadAsInvitee(InvitationId id, CitizenId invitee, Instant now) {
    Invitation invitation = load(id, invitee);
    if (!invitation.invitee().equals(invitee)) {
      throw RefusedException.because(ReasonCode.NOT_THE_INVITEE);
    }
    requireOpen(invitation, now);
    return invitation;
  }

  private Invitation load(InvitationId id, CitizenId actor) {
    Invitation invitation = ports.invitations().findById(id)
        .orElseThrow(() -> RefusedException.because(ReasonCode.INVITATION_UNKNOWN));
    if (!invitation.inviter().equals(actor) && !invitation.invitee().equals(actor)) {
      // Neither party: do not confirm that the invitation exists.
      throw RefusedException.because(ReasonCode.INVITATION_UNKNOWN);
    }
    return invitation;
  }

  private static void requireOpen(Invitation invitation, Instant now) {
    if (invitation.state() != InvitationState.PENDING) {
      throw RefusedException.because(ReasonCode.INVITATION_NOT_PENDING);
    }
    if (!invitation.isOpenAt(now)) {
      throw RefusedException.because(ReasonCode.INVITATION_EXPIRED);
    }
  }

  private static Subjects subjectsOf(InvitationRequest request) {
    List<PupilRecordId> pupils = request.pupilIds().stream().distinct().map(PupilRecordId::of).toList();
    return Subjects.pupils(pupils);
  }
}
