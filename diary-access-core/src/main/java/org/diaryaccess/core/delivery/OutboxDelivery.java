package org.diaryaccess.core.delivery;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaryaccess.core.grant.Provisioning;
import org.diaryaccess.core.wording.NoticeWords;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.contact.Masking;
import org.diaryaccess.spi.delivery.Notice;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox messages at least once: notices to the notification centre, each worded
 * for its recipient ({@link NoticeWords}), requests to the diary system. Messages are claimed for
 * a lease, so instances running at once never take the same one; the lease is the claim's token, renewed while a batch is delivered, and a run whose
 * claim lapsed cannot record over the run that holds it now. A delivery that throws is retried
 * later with exponential back-off, and nothing is lost. Each message's id is the idempotency key
 * its receiver deduplicates by.
 *
 * @since 0.1.0
 */
public final class OutboxDelivery {
  /** Messages claimed per batch. */
  static final int BATCH = 200;
  /** How long a claimed outbox message stays claimed. */
  static final Duration LEASE = Duration.ofMinutes(5);
  /** Back-off after the first failed delivery; doubles each time, up to {@link #MAX_BACKOFF}. */
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
  /** Longest back-off between attempts. */
  static final Duration MAX_BACKOFF = Duration.ofHours(1);

  /**
   * What one run delivered.
   *
   * @param delivered messages delivered
   * @param failed delivery attempts that failed and were rescheduled
   * @param activated grants the diary system confirmed at once
   */
  public record Report(int delivered, int failed, int activated) {}

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

  private final UnitOfWork unitOfWork;
  private final Outbox outbox;
  private final NotificationCentre centre;
  private final Provisioning provisioning;
  private final NoticeWords words;
  private final Clock clock;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork where messages are claimed and marked
   * @param outbox the messages
   * @param centre where notices go
   * @param provisioning where requests to the diary system go
   * @param words what each notice says to its recipient
   * @param clock when is now
   */
  public OutboxDelivery(UnitOfWork unitOfWork, Outbox outbox, NotificationCentre centre, Provisioning provisioning,
      NoticeWords words, Clock clock) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.outbox = checkNotNull(outbox, "outbox");
    this.centre = checkNotNull(centre, "centre");
    this.provisioning = checkNotNull(provisioning, "provisioning");
    this.words = checkNotNull(words, "words");
    this.clock = checkNotNull(clock, "clock");
  }

  /**
   * Delivers every message due now.
   *
   * @return delivered, failed and activated counts
   */
  public Report deliverDue() {
    int delivered = 0;
    int failed = 0;
    int activated = 0;
    while (true) {
      Instant now = clock.instant();
      List<OutboxMessage> claimed = unitOfWork.write(() -> outbox.claimDue(now, leaseFrom(now), BATCH));
      Map<String, Instant> leases = new LinkedHashMap<>();
      claimed.forEach(message -> leases.put(message.id(), message.nextAttemptAt()));
      for (OutboxMessage message : claimed) {
        Optional<Instant> lease = stillHeld(message, leases);
        leases.remove(message.id());
        if (lease.isEmpty()) {
          continue;
        }
        boolean activatedGrant;
        try {
          activatedGrant = deliver(message);
        } catch (RuntimeException e) {
          failed++;
          recordFailure(message, lease.get(), e);
          continue;
        }
        delivered++;
        if (activatedGrant) {
          activated++;
        }
        recordDelivery(message, lease.get());
      }
      if (claimed.size() < BATCH) {
        return new Report(delivered, failed, activated);
      }
    }
  }

  /** A lease from {@code now}, to the microsecond a database keeps. */
  private static Instant leaseFrom(Instant now) {
    return now.plus(LEASE).truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The claim on a message about to be delivered. When less than half of it is left (the messages
   * before it were slow), the claims on it and on every message after it in the batch are renewed
   * at once, so that no other run takes the batch's tail; empty if another run holds it now.
   */
  private Optional<Instant> stillHeld(OutboxMessage message, Map<String, Instant> leases) {
    Instant held = leases.get(message.id());
    Instant now = clock.instant();
    if (held == null) {
      return lostTo(message);
    }
    if (Duration.between(now, held).compareTo(LEASE.dividedBy(2)) >= 0) {
      return Optional.of(held);
    }
    Instant renewed = leaseFrom(now);
    // Applied to the batch's leases only once committed: a retried unit of work starts afresh.
    Map<String, Boolean> outcome = unitOfWork.write(() -> {
      Map<String, Boolean> renewals = new LinkedHashMap<>();
      leases.forEach((id, lease) -> {
        if (renewed.isAfter(lease)) {
          renewals.put(id, outbox.renewLease(id, lease, renewed));
        }
      });
      return renewals;
    });
    outcome.forEach((id, kept) -> {
      if (kept) {
        leases.put(id, renewed);
      } else {
        leases.remove(id);
      }
    });
    Instant kept = leases.get(message.id());
    return kept == null ? lostTo(message) : Optional.of(kept);
  }

  private static Optional<Instant> lostTo(OutboxMessage message) {
    LOG.info("Outbox message {} ({}) was claimed by another run while it waited in this one's batch; left to it",
        message.id(), message.topic());
    return Optional.empty();
  }

  /**
   * Records a delivery. If that fails, or the claim has passed to another run (the receiver was
   * slower than the lease), the message is delivered again under the same idempotency key:
   * at least once, never lost.
   */
  private void recordDelivery(OutboxMessage message, Instant lease) {
    try {
      if (!unitOfWork.write(() -> outbox.markDelivered(message.id(), lease, clock.instant()))) {
        LOG.warn("Outbox message {} ({}) was delivered after its claim had passed to another run; "
            + "its receiver may get it again under the same key", message.id(), message.topic());
      }
    } catch (RuntimeException e) {
      LOG.warn("Outbox message {} ({}) was delivered, but recording it failed; it will be delivered again under "
          + "the same key once its claim runs out: {}", message.id(), message.topic(),
          Masking.error(e, OutboxMessage.MAX_ERROR));
    }
  }

  /** Records a failed attempt and when to try again; if even that fails, the claim running out retries it. */
  private void recordFailure(OutboxMessage message, Instant lease, RuntimeException failure) {
    int attempts = message.attempts() + 1;
    Instant next = clock.instant().plus(backoff(attempts));
    String error = Masking.error(failure, OutboxMessage.MAX_ERROR);
    try {
      boolean recorded = unitOfWork.write(() -> outbox.markFailed(message.id(), lease, attempts, next, error));
      if (recorded) {
        LOG.warn("Delivering outbox message {} ({}) failed on attempt {}; next attempt at {}: {}", message.id(),
            message.topic(), attempts, next, error);
      } else {
        LOG.warn("Delivering outbox message {} ({}) failed after its claim had passed to another run: {}",
            message.id(), message.topic(), error);
      }
    } catch (RuntimeException e) {
      LOG.warn("Delivering outbox message {} ({}) failed ({}), and recording the failure failed too; it is due "
          + "again once its claim runs out: {}", message.id(), message.topic(), error,
          Masking.error(e, OutboxMessage.MAX_ERROR));
    }
  }

  /**
   * The back-off after a number of failed attempts.
   *
   * @param attempts failed attempts so far, at least 1
   * @return 30 s, 1 min, 2 min, ... up to one hour
   */
  static Duration backoff(int attempts) {
    int doublings = Math.min(attempts - 1, 20);
    Duration delay = FIRST_BACKOFF.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
  }

  /** Delivers one message; returns whether it activated a grant. */
  private boolean deliver(OutboxMessage message) {
    if (!message.topic().isNotice()) {
      return provisioning.deliver(message);
    }
    Notice notice = new Notice(message.id(), checkNotNull(message.recipient(), "recipient"), message.topic(),
        message.invitation(), message.grant(), words.write(message));
    switch (notice.topic()) {
      case INVITATION_RECEIVED -> centre.invitationReceived(notice);
      case INVITATION_ACCEPTED -> centre.invitationAccepted(notice);
      case INVITATION_DECLINED -> centre.invitationDeclined(notice);
      case INVITATION_CANCELLED -> centre.invitationCancelled(notice);
      case INVITATION_EXPIRED -> centre.invitationExpired(notice);
      case ACCESS_OPENED -> centre.accessOpened(notice);
      case ACCESS_REVOKED -> centre.accessRevoked(notice);
      case ACCESS_RENOUNCED -> centre.accessRenounced(notice);
      case ACCESS_ENDED -> centre.accessEnded(notice);
      case PROVISION_OPEN, PROVISION_CLOSE -> throw new IllegalStateException("not a notice: " + notice.topic());
    }
    return false;
  }
}
