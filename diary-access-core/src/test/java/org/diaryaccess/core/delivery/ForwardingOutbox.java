package org.diaryaccess.core.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.delivery.OutboxMessage;

/** An outbox passing every call on, for tests to override the one that fails. */
class ForwardingOutbox implements Outbox {
  private final Outbox delegate;

  ForwardingOutbox(Outbox delegate) {
    this.delegate = delegate;
  }

  @Override
  public void enqueue(OutboxMessage message) {
    delegate.enqueue(message);
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
    return delegate.claimDue(now, leaseUntil, limit);
  }

  @Override
  public boolean renewLease(String id, Instant heldUntil, Instant leaseUntil) {
    return delegate.renewLease(id, heldUntil, leaseUntil);
  }

  @Override
  public boolean markDelivered(String id, Instant heldUntil, Instant at) {
    return delegate.markDelivered(id, heldUntil, at);
  }

  @Override
  public boolean markFailed(String id, Instant heldUntil, int attempts, Instant nextAttemptAt, String error) {
    return delegate.markFailed(id, heldUntil, attempts, nextAttemptAt, error);
  }

  @Override
  public Optional<Instant> oldestUndelivered() {
    return delegate.oldestUndelivered();
  }

  @Override
  public int undelivered() {
    return delegate.undelivered();
  }
}
