package org.diaryaccess.core.support;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.jspecify.annotations.Nullable;

/**
 * What an audit entry says a command was about (R14): the invitation or grant, the children, the
 * other citizen concerned, and why the library acted where that matters. Built only through the
 * named factories, each after the thing the command acted on.
 *
 * @param invitation the invitation, if any
 * @param grant the grant, if any
 * @param pupils the children
 * @param counterpart the other citizen concerned, if known
 * @param reason why the library acted (a termination), if it matters
 * @since 0.1.0
 */
public record AuditSubject(
    @Nullable InvitationId invitation,
    @Nullable GrantId grant,
    List<PupilRecordId> pupils,
    @Nullable CitizenId counterpart,
    @Nullable ReasonCode reason) {

  /**
   * Copies the list.
   *
   * @param invitation the invitation, if any
   * @param grant the grant, if any
   * @param pupils the children
   * @param counterpart the other citizen concerned, if known
   * @param reason why the library acted (a termination), if it matters
   */
  public AuditSubject {
    pupils = ImmutableList.copyOf(pupils);
  }

  /**
   * An invitation and the other party to it.
   *
   * @param invitation the invitation
   * @param counterpart the inviter or the invitee, whoever did not act
   * @return the subject
   */
  public static AuditSubject of(Invitation invitation, CitizenId counterpart) {
    return new AuditSubject(invitation.id(), null, invitation.pupils(), counterpart, null);
  }

  /**
   * A grant and the other party to it.
   *
   * @param grant the grant
   * @param counterpart the trusted person or the grantor, whoever did not act
   * @return the subject
   */
  public static AuditSubject of(Grant grant, CitizenId counterpart) {
    return new AuditSubject(grant.invitation(), grant.id(), List.of(grant.pupil()), counterpart, null);
  }

  /**
   * Children and the person the command was about, before anything was stored (a preview).
   *
   * @param pupils the children
   * @param counterpart the person
   * @return the subject
   */
  public static AuditSubject of(List<PupilRecordId> pupils, CitizenId counterpart) {
    return new AuditSubject(null, null, pupils, counterpart, null);
  }

  /**
   * Only the children named in a request: what a refused request is known to be about.
   *
   * @param pupils the children
   * @return the subject
   */
  public static AuditSubject pupils(List<PupilRecordId> pupils) {
    return new AuditSubject(null, null, pupils, null, null);
  }

  /**
   * Only an invitation id, as a caller named it: what a refused command is known to be about.
   *
   * @param id the invitation
   * @return the subject
   */
  public static AuditSubject invitation(InvitationId id) {
    return new AuditSubject(id, null, List.of(), null, null);
  }

  /**
   * Only a grant id, as a caller named it: what a refused command is known to be about.
   *
   * @param id the grant
   * @return the subject
   */
  public static AuditSubject grant(GrantId id) {
    return new AuditSubject(null, id, List.of(), null, null);
  }

  /**
   * This subject with the reason the library acted.
   *
   * @param why the reason
   * @return the subject with it
   */
  public AuditSubject because(ReasonCode why) {
    return new AuditSubject(invitation, grant, pupils, counterpart, why);
  }

  /**
   * The audit entry of a command that did what was asked.
   *
   * @param at when
   * @param actor who acted, {@code null} for housekeeping
   * @param action what
   * @return the entry, to append
   */
  AuditEntry done(Instant at, @Nullable CitizenId actor, AuditAction action) {
    return new AuditEntry(0, at, actor, action, AuditOutcome.DONE, reason, invitation,
        grant, pupils, counterpart);
  }

  /**
   * The audit entry of a command a rule refused.
   *
   * @param at when
   * @param actor who tried
   * @param action what
   * @param refusal the first reason
   * @return the entry, to append
   */
  AuditEntry refused(Instant at, @Nullable CitizenId actor, AuditAction action,
      ReasonCode refusal) {
    return new AuditEntry(0, at, actor, action, AuditOutcome.REFUSED, refusal, invitation,
        grant, pupils, counterpart);
  }
}
