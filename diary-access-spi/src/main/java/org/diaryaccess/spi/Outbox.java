package org.diaryaccess.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.delivery.OutboxMessage;

/**
 * Messages stored in the same unit of work as the change they report, delivered later by
 * housekeeping at least once (the transactional outbox). A state change and its notice can never
 * part: both are stored or neither is.
 *
 * @since 0.1.0
 */
public interface Outbox {

  /**
   * Stores a message.
   *
   * @param message a new message
   */
  void enqueue(OutboxMessage message);

  /**
   * Claims due messages for delivery: those not yet delivered whose next attempt is at or before
   * {@code now}. Claimed messages are not due again before {@code leaseUntil}, so several
   * instances running housekeeping at once never take the same message.
   *
   * @param now the instant
   * @param leaseUntil until when the claim holds
   * @param limit at most this many
   * @return the claimed messages, oldest first
   */
  List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit);

  /**
   * Records a delivery; the message is never due again.
   *
   * @param id the message id
   * @param at when
   */
  void markDelivered(String id, Instant at);

  /**
   * Records a failed attempt, its error and when to try again.
   *
   * @param id the message id
   * @param attempts attempts so far, this one included
   * @param nextAttemptAt when it is due again
   * @param error the error, its personal data masked, at most {@link OutboxMessage#MAX_ERROR} characters
   */
  void markFailed(String id, int attempts, Instant nextAttemptAt, String error);

  /**
   * When the oldest message still waiting for delivery was stored: how far behind delivery is.
   *
   * @return its creation time, or empty if nothing waits
   */
  Optional<Instant> oldestUndelivered();

  /**
   * How many messages wait for delivery (due or not).
   *
   * @return the count
   */
  int undelivered();
}
