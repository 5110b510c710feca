package org.diaryaccess.core.support;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * Runs every command the same way: in one unit of work, retried a few times when the store
 * reports a concurrent update, with its audit entries and outbox messages written in that same
 * unit of work. A refusal rolls everything back and is then audited on its own.
 */
public final class Commands {
  /** How often a command is tried when the store reports a transient failure. */
  public static final int ATTEMPTS = 3;

  private final Ports ports;

  /**
   * @param ports what commands run on
   */
  public Commands(Ports ports) {
    this.ports = checkNotNull(ports, "ports");
  }

  /**
   * Runs a command.
   *
   * @param action what is audited if the command is refused
   * @param actor who acts
   * @param subjects what a refusal is about
   * @param work the command; it audits its own success through {@link #audit}
   * @param <T> its result
   * @return the command's result
   * @throws RefusedException if a rule refused it (after auditing the refusal)
   */
  public <T> T run(AuditAction action, @Nullable CitizenId actor, Subjects subjects, Supplier<T> work) {
    try {
      return retrying(work);
    } catch (RefusedException refused) {
      ports.unitOfWork().write(() -> ports.auditLog().append(new AuditEntry(0, ports.now(), actor, action,
          AuditOutcome.REFUSED, refused.reason(), subjects.invitation(), subjects.grant(), subjects.pupils(),
          subjects.counterpart())));
      throw refused;
    }
  }

  /**
   * Runs work in one unit of work, retried on transient storage failures.
   *
   * @param work the work
   * @param <T> its result
   * @return what it returned
   */
  public <T> T retrying(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return ports.unitOfWork().write(work);
      } catch (TransientStorageException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * Audits a command that did what was asked; call inside the command's unit of work.
   *
   * @param at when
   * @param actor who acted, {@code null} for housekeeping
   * @param action what
   * @param reason why the library acted, if it matters (terminations)
   * @param invitation the invitation, if any
   * @param grant the grant, if any
   * @param pupils the children
   * @param counterpart the other citizen, if any
   */
  public void audit(Instant at, @Nullable CitizenId actor, AuditAction action, @Nullable ReasonCode reason,
      @Nullable InvitationId invitation, @Nullable GrantId grant, List<PupilRecordId> pupils,
      @Nullable CitizenId counterpart) {
    ports.auditLog().append(new AuditEntry(0, at, actor, action, AuditOutcome.DONE, reason, invitation, grant,
        pupils, counterpart));
  }

  /**
   * Stores a notice for a citizen in the outbox; call inside the command's unit of work.
   *
   * @param at when
   * @param topic what happened
   * @param recipient who is told
   * @param invitation the invitation, if any
   * @param grant the grant, if any
   */
  public void notify(Instant at, Topic topic, CitizenId recipient, @Nullable InvitationId invitation,
      @Nullable GrantId grant) {
    ports.outbox().enqueue(OutboxMessage.due(ports.ids().newMessageId(), topic, recipient, invitation, grant, at));
  }

  /**
   * Stores a request to the diary system in the outbox; call inside the command's unit of work.
   *
   * @param at when
   * @param topic {@link Topic#PROVISION_OPEN} or {@link Topic#PROVISION_CLOSE}
   * @param grant the grant
   */
  public void provision(Instant at, Topic topic, GrantId grant) {
    ports.outbox().enqueue(OutboxMessage.due(ports.ids().newMessageId(), topic, null, null, grant, at));
  }
}
