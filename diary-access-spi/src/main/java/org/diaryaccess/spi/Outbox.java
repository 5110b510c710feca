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
   * instances running housekeeping at once never take the same message. The lease is also the
   * claim's token: each message comes back with {@link OutboxMessage#nextAttemptAt()} equal to
   * {@code leaseUntil}, and only the holder of the current lease can renew it or record a verdict.
   * A message claimed again after its lease ran out gets a later lease, so a stale holder cannot
   * overwrite the new holder's verdict.
   *
   * @param now the instant
   * @param leaseUntil until when the claim holds, after {@code now}; stored to the microsecond
   * @param limit at most this many
   * @return the claimed messages, oldest first, each with its lease as {@code nextAttemptAt}
   */
  List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit);

  /**
   * Extends a claim that is still held, before a slow delivery lets it run out.
   *
   * @param id the message id
   * @param heldUntil the lease the caller holds
   * @param leaseUntil the new lease, after {@code heldUntil}
   * @return whether the caller still held the claim (and now holds it until {@code leaseUntil})
   */
  boolean renewLease(String id, Instant heldUntil, Instant leaseUntil);

  /**
   * Records a delivery, if the caller still holds the claim; the message is never due again.
   *
   * @param id the message id
   * @param heldUntil the lease the caller holds
   * @param at when
   * @return whether it was recorded: {@code false} if the lease had passed to another claim or
   *     the message was already delivered
   */
  boolean markDelivered(String id, Instant heldUntil, Instant at);

  /**
   * Records a failed attempt, its error and when to try again, if the caller still holds the claim.
   *
   * @param id the message id
   * @param heldUntil the lease the caller holds
   * @param attempts attempts so far, this one included
   * @param nextAttemptAt when it is due again
   * @param error the error, its personal data masked, at most {@link OutboxMessage#MAX_ERROR} characters
   * @return whether it was recorded: {@code false} if the lease had passed to another claim or
   *     the message was already delivered
   */
  boolean markFailed(String id, Instant heldUntil, int attempts, Instant nextAttemptAt, String error);

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
