package org.diaryaccess.spi.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.jspecify.annotations.Nullable;

/**
 * A message for a citizen's notification centre. The host renders it (it may ask the library
 * for the invitation or grant by id); the idempotency key lets it drop a repeated delivery.
 *
 * @param idempotencyKey the same on every delivery attempt of one notice
 * @param recipient who is notified
 * @param topic what happened
 * @param invitation the invitation concerned, if any
 * @param grant the grant concerned, if any
 * @since 0.1.0
 */
public record Notice(
    String idempotencyKey, CitizenId recipient, Topic topic, @Nullable InvitationId invitation, @Nullable GrantId grant) {
  /**
   * Checks the parts.
   *
   * @param idempotencyKey the same on every delivery attempt of one notice
   * @param recipient who is notified
   * @param topic what happened
   * @param invitation the invitation concerned, if any
   * @param grant the grant concerned, if any
   */
  public Notice {
    checkNotNull(idempotencyKey, "idempotencyKey");
    checkNotNull(recipient, "recipient");
    checkNotNull(topic, "topic");
    checkArgument(topic.isNotice(), "%s is not a notice", topic);
  }
}
