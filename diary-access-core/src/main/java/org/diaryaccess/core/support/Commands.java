package org.diaryaccess.core.support;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.DiaryObserver;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.IdGenerator;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a command is committed. A command reads what it needs and returns a
 * {@link Change}; this writes the change — the new states, the audit entry, the outbox
 * messages — in the same unit of work, retried a few times when the store reports a transient
 * failure (a concurrent update). A refused command writes nothing but its own audit entry.
 *
 * @since 0.1.0
 */
public final class Commands {
  private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

  /** How often a command is tried when the store reports a transient failure. */
  public static final int ATTEMPTS = 3;

  private final UnitOfWork unitOfWork;
  private final Invitations invitations;
  private final Grants grants;
  private final Outbox outbox;
  private final AuditLog auditLog;
  private final IdGenerator ids;
  private final Clock clock;
  private final DiaryObserver observer;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork what a command runs in
   * @param invitations where changed invitations are written
   * @param grants where changed grants are written
   * @param outbox where messages are queued
   * @param auditLog where the command is recorded
   * @param ids mints message ids
   * @param clock the command's time
   * @param observer told of each command's outcome
   */
  public Commands(UnitOfWork unitOfWork, Invitations invitations, Grants grants, Outbox outbox, AuditLog auditLog,
      IdGenerator ids, Clock clock, DiaryObserver observer) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.invitations = checkNotNull(invitations, "invitations");
    this.grants = checkNotNull(grants, "grants");
    this.outbox = checkNotNull(outbox, "outbox");
    this.auditLog = checkNotNull(auditLog, "auditLog");
    this.ids = checkNotNull(ids, "ids");
    this.clock = checkNotNull(clock, "clock");
    this.observer = checkNotNull(observer, "observer");
  }

  /**
   * Runs a citizen's command (or the diary system's) and commits what it changed.
   *
   * @param actor who acts; {@code null} for the diary system
   * @param action what is audited, named here only
   * @param requested what the command is about as far as the caller said; recorded with a refusal
   * @param command given the instant it runs at, computes the change; throws {@link RefusedException}
   *     when a rule says no
   * @param <T> its answer
   * @return the command's answer
   * @throws RefusedException if a rule refused it, after auditing the refusal in a unit of work of its own
   */
  public <T> T run(@Nullable CitizenId actor, AuditAction action, AuditSubject requested,
      Function<Instant, Change<T>> command) {
    try {
      T result = retrying(() -> {
        Instant now = clock.instant();
        return commit(now, actor, action, command.apply(now));
      });
      observe(action, AuditOutcome.DONE, null);
      return result;
    } catch (RefusedException refused) {
      unitOfWork.write(() -> auditLog.append(requested.refused(clock.instant(), actor, action, refused.reason())));
      observe(action, AuditOutcome.REFUSED, refused.reason());
      throw refused;
    }
  }

  private void observe(AuditAction action, AuditOutcome outcome, @Nullable ReasonCode reason) {
    try {
      observer.commandFinished(action, outcome, reason);
    } catch (RuntimeException e) {
      LOG.debug("An observer failed and was ignored: {}", e.getClass().getSimpleName());
    }
  }

  /**
   * Runs one item of housekeeping and commits what it changed. An item that another instance
   * already moved on — its transition refuses, or the command finds nothing to do — is not an
   * error and is not audited.
   *
   * @param action what is audited
   * @param command given the instant, computes the change, or empty if there is nothing to do
   * @param <T> its answer
   * @return the answer, or empty if nothing was done
   */
  public <T> Optional<T> sweep(AuditAction action, Function<Instant, Optional<Change<T>>> command) {
    try {
      return retrying(() -> {
        Instant now = clock.instant();
        return command.apply(now).map(change -> commit(now, null, action, change));
      });
    } catch (RefusedException movedOn) {
      return Optional.empty();
    }
  }

  /**
   * Runs work in one writing unit of work, retried on transient storage failures.
   *
   * @param work the work
   * @param <T> its result
   * @return what it returned
   */
  public <T> T retrying(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return unitOfWork.write(work);
      } catch (TransientStorageException e) {
        if (attempt >= ATTEMPTS) {
          LOG.warn("A unit of work met a transient storage failure ({}) on its last attempt, {} of {}; giving up",
              e.reason(), attempt, ATTEMPTS);
          throw e;
        }
        LOG.info("A unit of work met a transient storage failure ({}); trying again, attempt {} of {}", e.reason(),
            attempt + 1, ATTEMPTS);
      }
    }
  }

  private <T> T commit(Instant now, @Nullable CitizenId actor, AuditAction action, Change<T> change) {
    for (Invitation invitation : change.invitations()) {
      if (invitation.version() == 0) {
        invitations.insert(invitation);
      } else {
        invitations.update(invitation);
      }
    }
    for (Grant grant : change.grants()) {
      if (grant.version() == 0) {
        grants.insert(grant);
      } else {
        grants.update(grant);
      }
    }
    for (Change.Message message : change.messages()) {
      outbox.enqueue(OutboxMessage.due(ids.newMessageId(), message.topic(), message.recipient(),
          message.invitation(), message.grant(), now));
    }
    change.audited().ifPresent(subject -> auditLog.append(subject.done(now, actor, action)));
    return change.result();
  }
}
