package org.diaryaccess.core.grant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
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
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.delivery.Topic;

/**
 * Ending and confirming trusted persons' grants (R9, R11): revoke, renounce, confirm
 * provisioning, and the list of grants past their provisioning deadline.
 */
public final class GrantDesk {
  private final Ports ports;
  private final Commands commands;
  private final Representation representation;

  /**
   * @param ports what it runs on
   * @param commands how commands run
   */
  public GrantDesk(Ports ports, Commands commands) {
    this.ports = checkNotNull(ports, "ports");
    this.commands = checkNotNull(commands, "commands");
    this.representation = ports.representation();
  }

  /**
   * R11: any current legal representative of the child ends a trusted person's grant. The
   * trusted person is told, and the grantor too if someone else revoked; the diary system is
   * asked to close access.
   *
   * @param actor a legal representative of the child
   * @param id the grant
   * @return the revoked grant
   */
  public Grant revoke(CitizenId actor, GrantId id) {
    return commands.run(AuditAction.REVOKE, actor, Subjects.grant(id), () -> {
      Instant now = ports.now();
      Grant grant = ports.grants().findById(id).orElseThrow(() -> RefusedException.because(ReasonCode.GRANT_UNKNOWN));
      Citizen citizen = ports.citizens().findById(actor).orElse(null);
      PupilRecord record = ports.register().findById(grant.pupil()).orElse(null);
      if (citizen == null || record == null || !representation.isRepresentative(citizen, record, ports.dayOf(now))) {
        throw RefusedException.because(grant.trustee().equals(actor) || grant.grantor().equals(actor)
            ? ReasonCode.NOT_A_REPRESENTATIVE : ReasonCode.GRANT_UNKNOWN);
      }
      if (!grant.isLive()) {
        throw RefusedException.because(ReasonCode.GRANT_NOT_LIVE);
      }
      Grant revoked = grant.ended(GrantState.REVOKED, null, now);
      ports.grants().update(revoked);
      commands.provision(now, Topic.PROVISION_CLOSE, id);
      commands.notify(now, Topic.ACCESS_REVOKED, revoked.trustee(), revoked.invitation(), id);
      if (!revoked.grantor().equals(actor)) {
        commands.notify(now, Topic.ACCESS_REVOKED, revoked.grantor(), revoked.invitation(), id);
      }
      commands.audit(now, actor, AuditAction.REVOKE, null, revoked.invitation(), id, List.of(revoked.pupil()),
          revoked.trustee());
      return revoked;
    });
  }

  /**
   * R11: the trusted person gives up their access; the grantor is told and the diary system is
   * asked to close it.
   *
   * @param trustee the trusted person
   * @param id the grant
   * @return the renounced grant
   */
  public Grant renounce(CitizenId trustee, GrantId id) {
    return commands.run(AuditAction.RENOUNCE, trustee, Subjects.grant(id), () -> {
      Instant now = ports.now();
      Grant grant = ports.grants().findById(id).orElseThrow(() -> RefusedException.because(ReasonCode.GRANT_UNKNOWN));
      if (!grant.trustee().equals(trustee)) {
        throw RefusedException.because(grant.grantor().equals(trustee)
            ? ReasonCode.NOT_THE_TRUSTEE : ReasonCode.GRANT_UNKNOWN);
      }
      if (!grant.isLive()) {
        throw RefusedException.because(ReasonCode.GRANT_NOT_LIVE);
      }
      Grant renounced = grant.ended(GrantState.RENOUNCED, null, now);
      ports.grants().update(renounced);
      commands.provision(now, Topic.PROVISION_CLOSE, id);
      commands.notify(now, Topic.ACCESS_RENOUNCED, renounced.grantor(), renounced.invitation(), id);
      commands.audit(now, trustee, AuditAction.RENOUNCE, null, renounced.invitation(), id,
          List.of(renounced.pupil()), renounced.grantor());
      return renounced;
    });
  }

  /**
   * R9: the host's diary system confirms it opened access; the grant becomes active. Confirming
   * an already active grant changes nothing.
   *
   * @param id the grant
   * @return the active grant
   */
  public Grant confirmProvisioning(GrantId id) {
    return commands.run(AuditAction.ACTIVATE, null, Subjects.grant(id), () -> {
      Grant grant = ports.grants().findById(id).orElseThrow(() -> RefusedException.because(ReasonCode.GRANT_UNKNOWN));
      if (grant.state() == GrantState.ACTIVE) {
        return grant;
      }
      if (grant.state() != GrantState.PROVISIONING) {
        throw RefusedException.because(ReasonCode.GRANT_NOT_PROVISIONING);
      }
      return activate(grant, ports.now());
    });
  }

  /**
   * Activates a provisioning grant; call inside a unit of work.
   *
   * @param grant a provisioning grant
   * @param now when
   * @return the active grant
   */
  public Grant activate(Grant grant, Instant now) {
    Grant active = grant.activated(now);
    ports.grants().update(active);
    commands.audit(now, null, AuditAction.ACTIVATE, null, active.invitation(), active.id(), List.of(active.pupil()),
        active.trustee());
    return active;
  }

  /**
   * R9: grants still provisioning past their deadline, for the host to alert on.
   *
   * @param page which page
   * @return the page, in id order
   */
  public Page<Grant> overdue(PageRequest page) {
    return ports.unitOfWork().read(() -> ports.grants().provisioningOverdue(ports.now(), page));
  }
}
