package org.diaryaccess.core.invitation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.support.AuditSubject;
import org.diaryaccess.core.support.Change;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.IdGenerator;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/**
 * R8: the answers to a pending invitation — the trusted person accepts or declines, the inviter
 * cancels. The invitation itself refuses an answer once it is no longer open; this class checks
 * who may answer, and on acceptance which children still qualify for a grant.
 *
 * @since 0.1.0
 */
public final class InvitationAnswers {
  private final Commands commands;
  private final Invitations invitations;
  private final Citizens citizens;
  private final SchoolRegister register;
  private final Grants grants;
  private final Representation representation;
  private final IdGenerator ids;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param commands how a command is committed
   * @param invitations where the invitation is read
   * @param citizens the inviter, checked again on acceptance
   * @param register the children's records, checked again on acceptance
   * @param grants the trusted person's live grants
   * @param representation R4 with R12
   * @param ids mints grant ids
   * @param settings the provisioning deadline and the zone
   */
  @SuppressWarnings("exports") // only DiaryAccess wires it; Commands stays inside the module
  public InvitationAnswers(Commands commands, Invitations invitations, Citizens citizens, SchoolRegister register,
      Grants grants, Representation representation, IdGenerator ids, AccessSettings settings) {
    this.commands = checkNotNull(commands, "commands");
    this.invitations = checkNotNull(invitations, "invitations");
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.grants = checkNotNull(grants, "grants");
    this.representation = checkNotNull(representation, "representation");
    this.ids = checkNotNull(ids, "ids");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * R8: the inviter withdraws a pending invitation; the trusted person is told.
   *
   * @param inviter who cancels
   * @param id the invitation
   * @return the cancelled invitation
   */
  public Invitation cancel(CitizenId inviter, InvitationId id) {
    return commands.run(inviter, AuditAction.CANCEL, AuditSubject.invitation(id), now -> {
      Invitation invitation = loadAsParty(id, inviter);
      if (!invitation.inviter().equals(inviter)) {
        throw RefusedException.because(ReasonCode.NOT_THE_INVITER);
      }
      Invitation cancelled = invitation.cancel(now);
      return Change.of(cancelled, cancelled.invitee())
          .notifying(Topic.INVITATION_CANCELLED, cancelled.invitee());
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
    return commands.run(invitee, AuditAction.DECLINE, AuditSubject.invitation(id), now -> {
      Invitation declined = loadAsInvitee(id, invitee).decline(now);
      return Change.of(declined, declined.inviter())
          .notifying(Topic.INVITATION_DECLINED, declined.inviter());
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
    return commands.run(invitee, AuditAction.ACCEPT, AuditSubject.invitation(id), now -> {
      Invitation accepted = loadAsInvitee(id, invitee).accept(now);
      Citizen inviter = citizens.findById(accepted.inviter()).orElse(null);
      LocalDate today = settings.dayOf(now);
      List<Grant> made = new ArrayList<>();
      List<PupilRecordId> notGranted = new ArrayList<>();
      for (PupilRecordId pupil : accepted.pupils()) {
        if (stillQualifies(inviter, invitee, pupil, today)) {
          made.add(Grant.provisioning(ids.newGrantId(), accepted, pupil, settings.provisioningDeadline()));
        } else {
          notGranted.add(pupil);
        }
      }
      Change<Invitation> change = Change.of(accepted, accepted.inviter()).withGrants(made);
      for (Grant grant : made) {
        change = change.askingDiarySystem(Topic.PROVISION_OPEN, grant);
      }
      return change
          .notifying(Topic.INVITATION_ACCEPTED, accepted.inviter())
          .answering(new Acceptance(accepted, made, notGranted));
    });
  }

  /** The inviter still represents the child (R4, R12) and the invitee has no live grant for it yet. */
  private boolean stillQualifies(@Nullable Citizen inviter, CitizenId invitee, PupilRecordId pupil, LocalDate today) {
    PupilRecord record = register.findById(pupil).orElse(null);
    return inviter != null && record != null
        && representation.isRepresentative(inviter, record, today)
        && grants.liveFor(invitee, pupil).isEmpty();
  }

  private Invitation loadAsInvitee(InvitationId id, CitizenId invitee) {
    Invitation invitation = loadAsParty(id, invitee);
    if (!invitation.invitee().equals(invitee)) {
      throw RefusedException.because(ReasonCode.NOT_THE_INVITEE);
    }
    return invitation;
  }

  private Invitation loadAsParty(InvitationId id, CitizenId actor) {
    Invitation invitation = invitations.findById(id)
        .orElseThrow(() -> RefusedException.because(ReasonCode.INVITATION_UNKNOWN));
    if (!invitation.inviter().equals(actor) && !invitation.invitee().equals(actor)) {
      // Neither party: do not confirm that the invitation exists.
      throw RefusedException.because(ReasonCode.INVITATION_UNKNOWN);
    }
    return invitation;
  }
}
