package org.diaryaccess.core.invitation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.support.AuditSubject;
import org.diaryaccess.core.support.Change;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.spi.IdGenerator;
import org.diaryaccess.spi.InvitationFacts;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;

/**
 * R7 steps 4 and 5: the preview, and the send that stores one pending invitation for all the
 * chosen children and queues the notice for the trusted person's notification centre. Both read
 * the rule's facts in one go and let {@link InvitationPolicy} decide.
 *
 * @since 0.1.0
 */
public final class InvitationSending {
  private final Commands commands;
  private final Invitations invitations;
  private final InvitationFacts facts;
  private final InvitationPolicy policy;
  private final IdGenerator ids;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param commands how a command is committed
   * @param invitations to serialise racing sends
   * @param facts what the rule reads
   * @param policy R7
   * @param ids mints invitation ids
   * @param settings the invitation lifetime
   */
  @SuppressWarnings("exports") // only DiaryAccess wires it; Commands stays inside the module
  public InvitationSending(Commands commands, Invitations invitations, InvitationFacts facts, InvitationPolicy policy,
      IdGenerator ids, AccessSettings settings) {
    this.commands = checkNotNull(commands, "commands");
    this.invitations = checkNotNull(invitations, "invitations");
    this.facts = checkNotNull(facts, "facts");
    this.policy = checkNotNull(policy, "policy");
    this.ids = checkNotNull(ids, "ids");
    this.settings = checkNotNull(settings, "settings");
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
    return commands.run(inviter, AuditAction.INVITE, AuditSubject.pupils(request.pupils()), now -> {
      InvitationPolicy.Draft draft = policy.evaluate(facts.load(policy.query(inviter, request, now)), request, now)
          .orElseRefuse();
      return Change.auditedOnly(InvitationPreview.of(draft), AuditSubject.of(draft.pupilIds(), draft.invitee().id()));
    });
  }

  /**
   * R7 step 5: stores one pending invitation for all the chosen children and queues the notice
   * for the trusted person.
   *
   * @param inviter who invites
   * @param request the validated form
   * @return the pending invitation
   */
  public Invitation send(CitizenId inviter, InvitationRequest request) {
    return commands.run(inviter, AuditAction.SEND, AuditSubject.pupils(request.pupils()), now -> {
      invitations.lockForSending(inviter, Set.copyOf(request.pupils()));
      InvitationPolicy.Draft draft = policy.evaluate(facts.load(policy.query(inviter, request, now)), request, now)
          .orElseRefuse();
      Invitation sent = Invitation.pending(ids.newInvitationId(), inviter, draft.invitee().id(), draft.service(),
          draft.pupilIds(), draft.sections(), draft.endDate(), now, settings.invitationLifetime());
      return Change.of(sent, sent.invitee())
          .notifying(Topic.INVITATION_RECEIVED, sent.invitee());
    });
  }
}
