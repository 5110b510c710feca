package org.diaryaccess.core.delivery;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.diaryaccess.core.grant.Provisioning;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.contact.Masking;
import org.diaryaccess.spi.delivery.Notice;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox messages at least once: notices to the notification centre, requests to
 * the diary system. Messages are claimed for a lease, so instances running at once never take the
 * same one; a delivery that throws is retried later with exponential back-off, and nothing is
 * lost. Each message's id is the idempotency key its receiver deduplicates by.
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
  private final Clock clock;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork where messages are claimed and marked
   * @param outbox the messages
   * @param centre where notices go
   * @param provisioning where requests to the diary system go
   * @param clock when is now
   */
  public OutboxDelivery(UnitOfWork unitOfWork, Outbox outbox, NotificationCentre centre, Provisioning provisioning,
      Clock clock) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.outbox = checkNotNull(outbox, "outbox");
    this.centre = checkNotNull(centre, "centre");
    this.provisioning = checkNotNull(provisioning, "provisioning");
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
      List<OutboxMessage> claimed = unitOfWork.write(() -> outbox.claimDue(now, now.plus(LEASE), BATCH));
      for (OutboxMessage message : claimed) {
        try {
          if (deliver(message)) {
            activated++;
          }
          unitOfWork.write(() -> {
            outbox.markDelivered(message.id(), clock.instant());
            return null;
          });
          delivered++;
        } catch (RuntimeException e) {
          int attempts = message.attempts() + 1;
          Instant next = clock.instant().plus(backoff(attempts));
          String error = Masking.error(e, OutboxMessage.MAX_ERROR);
          unitOfWork.write(() -> {
            outbox.markFailed(message.id(), attempts, next, error);
            return null;
          });
          LOG.warn("Delivering outbox message {} ({}) failed on attempt {}; next attempt at {}: {}", message.id(),
              message.topic(), attempts, next, error);
          failed++;
        }
      }
      if (claimed.size() < BATCH) {
        return new Report(delivered, failed, activated);
      }
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
        message.invitation(), message.grant());
    switch (notice.topic()) {
      case INVITATION_RECEIVED -> centre.invitationReceived(notice);
      case INVITATION_ACCEPTED -> centre.invitationAccepted(notice);
      case INVITATION_DECLINED -> centre.invitationDeclined(notice);
      case INVITATION_CANCELLED -> centre.invitationCancelled(notice);
      case INVITATION_EXPIRED -> centre.invitationExpired(notice);
      case ACCESS_REVOKED -> centre.accessRevoked(notice);
      case ACCESS_RENOUNCED -> centre.accessRenounced(notice);
      case ACCESS_ENDED -> centre.accessEnded(notice);
      case PROVISION_OPEN, PROVISION_CLOSE -> throw new IllegalStateException("not a notice: " + notice.topic());
    }
    return false;
  }
}
