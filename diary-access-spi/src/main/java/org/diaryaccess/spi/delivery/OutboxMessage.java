package org.diaryaccess.spi.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.jspecify.annotations.Nullable;

/**
 * A message stored in the same unit of work as the state change it reports, and delivered by
 * housekeeping at least once. Its id is the idempotency key the receiver deduplicates by.
 *
 * @param id unique; the idempotency key
 * @param topic what it is about
 * @param recipient the citizen to notify, for notices
 * @param invitation the invitation concerned, if any
 * @param grant the grant concerned, if any
 * @param createdAt when it was stored
 * @param attempts delivery attempts so far
 * @param nextAttemptAt when it is due (again)
 * @param lastError the last failed attempt's error, for an operator: its class and its message with
 *     personal data masked; {@code null} while no attempt failed
 * @since 0.1.0
 */
public record OutboxMessage(
    String id,
    Topic topic,
    @Nullable CitizenId recipient,
    @Nullable InvitationId invitation,
    @Nullable GrantId grant,
    Instant createdAt,
    int attempts,
    Instant nextAttemptAt,
    @Nullable String lastError) {

  /** The longest {@link #lastError()} kept. */
  public static final int MAX_ERROR = 500;

  /**
   * Checks the invariants.
   *
   * @param id unique; the idempotency key
   * @param topic what it is about
   * @param recipient the citizen to notify, for notices
   * @param invitation the invitation concerned, if any
   * @param grant the grant concerned, if any
   * @param createdAt when it was stored
   * @param attempts delivery attempts so far
   * @param nextAttemptAt when it is due (again)
   * @param lastError the last failed attempt's error, for an operator: its class and its message with personal data masked; {@code null} while no attempt failed
   */
  public OutboxMessage {
    checkNotNull(id, "id");
    checkNotNull(topic, "topic");
    checkNotNull(createdAt, "createdAt");
    checkNotNull(nextAttemptAt, "nextAttemptAt");
    checkArgument(!id.isBlank(), "blank id");
    checkArgument(!topic.isNotice() || recipient != null, "a notice needs a recipient");
    checkArgument(topic.isNotice() || grant != null, "a provisioning request needs a grant");
    checkArgument(attempts >= 0, "attempts %s is negative", attempts);
    checkArgument(lastError == null || lastError.length() <= MAX_ERROR, "lastError longer than %s", MAX_ERROR);
  }

  /**
   * This message as claimed until {@code lease}: the lease is its next attempt and its claim's token.
   *
   * @param lease until when the claim holds
   * @return the message with {@code nextAttemptAt} set to the lease
   */
  public OutboxMessage leasedUntil(Instant lease) {
    return new OutboxMessage(id, topic, recipient, invitation, grant, createdAt, attempts, lease, lastError);
  }

  /**
   * A new message, due at once.
   *
   * @param id the idempotency key
   * @param topic the topic
   * @param recipient the citizen, for notices
   * @param invitation the invitation, if any
   * @param grant the grant, if any
   * @param now when it is stored
   * @return the message
   */
  public static OutboxMessage due(String id, Topic topic, @Nullable CitizenId recipient,
      @Nullable InvitationId invitation, @Nullable GrantId grant, Instant now) {
    return new OutboxMessage(id, topic, recipient, invitation, grant, now, 0, now, null);
  }
}
