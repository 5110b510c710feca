package org.diaryaccess.core.support;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.policy.AccessPolicy;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.IdGenerator;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;

/**
 * Everything the use cases run on: the host's ports, the clock, the policy and the match rule.
 * Built once by {@link org.diaryaccess.core.DiaryAccess.Builder}.
 *
 * @param citizens the portal's registry
 * @param register the school register
 * @param invitations invitations
 * @param grants grants
 * @param outbox the outbox
 * @param notificationCentre the notification centre
 * @param provisioning the diary system
 * @param auditLog the audit log
 * @param unitOfWork transactions
 * @param ids id generation
 * @param clock the only source of time
 * @param policy the settings
 * @param representation R3/R4/R5/R12
 * @param facts what a decision reads, fetched together
 */
public record Ports(
    Citizens citizens,
    SchoolRegister register,
    Invitations invitations,
    Grants grants,
    Outbox outbox,
    NotificationCentre notificationCentre,
    DiaryProvisioning provisioning,
    AuditLog auditLog,
    UnitOfWork unitOfWork,
    IdGenerator ids,
    Clock clock,
    AccessPolicy policy,
    Representation representation,
    AccessFacts facts) {

  /** Checks every part is present. */
  public Ports {
    checkNotNull(citizens, "citizens");
    checkNotNull(register, "register");
    checkNotNull(invitations, "invitations");
    checkNotNull(grants, "grants");
    checkNotNull(outbox, "outbox");
    checkNotNull(notificationCentre, "notificationCentre");
    checkNotNull(provisioning, "provisioning");
    checkNotNull(auditLog, "auditLog");
    checkNotNull(unitOfWork, "unitOfWork");
    checkNotNull(ids, "ids");
    checkNotNull(clock, "clock");
    checkNotNull(policy, "policy");
    checkNotNull(representation, "representation");
    checkNotNull(facts, "facts");
  }

  /** The current instant, from the injected clock. */
  public Instant now() {
    return clock.instant();
  }

  /**
   * The day an instant falls on, in the policy's zone.
   *
   * @param instant the instant
   * @return the local date
   */
  public LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, policy.zone());
  }
}
