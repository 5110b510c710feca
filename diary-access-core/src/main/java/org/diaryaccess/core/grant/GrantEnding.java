package org.diaryaccess.core.grant;

import static com.google.common.base.Preconditions.checkNotNull;

import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.support.AuditSubject;
import org.diaryaccess.core.support.Change;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;

/**
 * R11: a trusted person's grant ends by a legal representative's revocation or by the trusted
 * person's renunciation. The grant refuses to end twice; this class checks who may end it.
 *
 * @since 0.1.0
 */
public final class GrantEnding {
  private final Commands commands;
  private final Grants grants;
  private final Citizens citizens;
  private final SchoolRegister register;
  private final Representation representation;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param commands how a command is committed
   * @param grants where the grant is read
   * @param citizens who revokes
   * @param register the child's record
   * @param representation R4 with R12
   * @param settings the zone
   */
  @SuppressWarnings("exports") // only DiaryAccess wires it; Commands stays inside the module
  public GrantEnding(Commands commands, Grants grants, Citizens citizens, SchoolRegister register,
      Representation representation, AccessSettings settings) {
    this.commands = checkNotNull(commands, "commands");
    this.grants = checkNotNull(grants, "grants");
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.representation = checkNotNull(representation, "representation");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * R11: any current legal representative of the child ends a trusted person's grant, open or
   * still being opened. Both sides are told — the trusted person, and the representative who
   * invited her (in words of her own act if she revoked it herself) — and the diary system is
   * asked to close access; a request to open it that is still undelivered is then not sent.
   *
   * @param actor a legal representative of the child
   * @param id the grant
   * @return the revoked grant
   */
  public Grant revoke(CitizenId actor, GrantId id) {
    return commands.run(actor, AuditAction.REVOKE, AuditSubject.grant(id), now -> {
      Grant grant = load(id);
      Citizen citizen = citizens.findById(actor).orElse(null);
      PupilRecord record = register.findById(grant.pupil()).orElse(null);
      if (citizen == null || record == null
          || !representation.isRepresentative(citizen, record, settings.dayOf(now))) {
        // Only the parties learn that the grant exists.
        throw RefusedException.because(grant.trustee().equals(actor) || grant.grantor().equals(actor)
            ? ReasonCode.NOT_A_REPRESENTATIVE : ReasonCode.GRANT_UNKNOWN);
      }
      Grant revoked = grant.revoke(actor, now);
      return Change.of(revoked, revoked.trustee())
          .askingDiarySystem(Topic.PROVISION_CLOSE, revoked)
          .notifying(Topic.ACCESS_REVOKED, revoked.trustee())
          .notifying(Topic.ACCESS_REVOKED, revoked.grantor());
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
    return commands.run(trustee, AuditAction.RENOUNCE, AuditSubject.grant(id), now -> {
      Grant grant = load(id);
      if (!grant.trustee().equals(trustee)) {
        throw RefusedException.because(grant.grantor().equals(trustee)
            ? ReasonCode.NOT_THE_TRUSTEE : ReasonCode.GRANT_UNKNOWN);
      }
      Grant renounced = grant.renounce(now);
      return Change.of(renounced, renounced.grantor())
          .askingDiarySystem(Topic.PROVISION_CLOSE, renounced)
          .notifying(Topic.ACCESS_RENOUNCED, renounced.grantor());
    });
  }

  private Grant load(GrantId id) {
    return grants.findById(id).orElseThrow(() -> RefusedException.because(ReasonCode.GRANT_UNKNOWN));
  }
}
