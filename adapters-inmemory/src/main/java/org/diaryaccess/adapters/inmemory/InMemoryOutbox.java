package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.jspecify.annotations.Nullable;

/** The outbox in memory, in the order messages were enqueued. */
final class InMemoryOutbox implements Outbox {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<String, OutboxMessage> outbox = new LinkedHashMap<>();

  InMemoryOutbox(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  private final Set<String> delivered = new HashSet<>();

  @Override
  public void enqueue(OutboxMessage message) {
    checkNotNull(message, "message");
    unitOfWork.write(() -> {
      checkState(!outbox.containsKey(message.id()) && !delivered.contains(message.id()),
          "message %s exists", message.id());
      unitOfWork.mutate(() -> outbox.put(message.id(), message), () -> outbox.remove(message.id()));
      return null;
    });
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
    checkArgument(leaseUntil.isAfter(now), "lease %s is not after %s", leaseUntil, now);
    return unitOfWork.write(() -> {
      List<OutboxMessage> claimed = new ArrayList<>();
      for (OutboxMessage message : List.copyOf(outbox.values())) {
        if (claimed.size() == limit) {
          break;
        }
        if (!message.nextAttemptAt().isAfter(now)) {
          OutboxMessage leased = message.leasedUntil(leaseUntil);
          unitOfWork.mutate(() -> outbox.put(message.id(), leased), () -> outbox.put(message.id(), message));
          claimed.add(leased);
        }
      }
      return claimed;
    });
  }

  /** The message, if it is undelivered and claimed until exactly {@code heldUntil}. */
  private @Nullable OutboxMessage held(String id, Instant heldUntil) {
    OutboxMessage message = outbox.get(id);
    return message != null && message.nextAttemptAt().equals(heldUntil) ? message : null;
  }

  @Override
  public boolean renewLease(String id, Instant heldUntil, Instant leaseUntil) {
    checkArgument(leaseUntil.isAfter(heldUntil), "lease %s is not after %s", leaseUntil, heldUntil);
    return unitOfWork.write(() -> {
      OutboxMessage message = held(id, heldUntil);
      if (message == null) {
        return false;
      }
      unitOfWork.mutate(() -> outbox.put(id, message.leasedUntil(leaseUntil)), () -> outbox.put(id, message));
      return true;
    });
  }

  @Override
  public boolean markDelivered(String id, Instant heldUntil, Instant at) {
    return unitOfWork.write(() -> {
      OutboxMessage message = held(id, heldUntil);
      if (message == null) {
        return false;
      }
      unitOfWork.mutate(() -> {
        outbox.remove(id);
        delivered.add(id);
      }, () -> {
        delivered.remove(id);
        outbox.put(id, message);
      });
      return true;
    });
  }

  @Override
  public boolean markFailed(String id, Instant heldUntil, int attempts, Instant nextAttemptAt, String error) {
    checkNotNull(error, "error");
    return unitOfWork.write(() -> {
      OutboxMessage message = held(id, heldUntil);
      if (message == null) {
        return false;
      }
      OutboxMessage failed = new OutboxMessage(message.id(), message.topic(), message.recipient(),
          message.invitation(), message.grant(), message.createdAt(), attempts, nextAttemptAt, error);
      unitOfWork.mutate(() -> outbox.put(id, failed), () -> outbox.put(id, message));
      return true;
    });
  }

  @Override
  public int undelivered() {
    return unitOfWork.read(outbox::size);
  }

  @Override
  public Optional<Instant> oldestUndelivered() {
    return unitOfWork.read(() -> outbox.values().stream().map(OutboxMessage::createdAt).min(Comparator.naturalOrder()));
  }
}
