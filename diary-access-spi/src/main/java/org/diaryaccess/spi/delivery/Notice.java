package org.diaryaccess.spi.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.text.Wording;
import org.jspecify.annotations.Nullable;

/**
 * A message for a citizen's notification centre, with its words: the host shows
 * {@link #text()} in the reader's language (and may ask the library for the invitation or grant
 * by id, for a link); the idempotency key lets it drop a repeated delivery.
 *
 * @param idempotencyKey the same on every delivery attempt of one notice
 * @param recipient who is notified
 * @param topic what happened
 * @param invitation the invitation concerned, if any
 * @param grant the grant concerned, if any
 * @param text what it says to the recipient, in Russian and English (since 0.2.0)
 * @since 0.1.0
 */
public record Notice(
    String idempotencyKey, CitizenId recipient, Topic topic, @Nullable InvitationId invitation, @Nullable GrantId grant,
    Wording text) {
  /**
   * Checks the parts.
   *
   * @param idempotencyKey the same on every delivery attempt of one notice
   * @param recipient who is notified
   * @param topic what happened
   * @param invitation the invitation concerned, if any
   * @param grant the grant concerned, if any
   * @param text what it says to the recipient
   */
  public Notice {
    checkNotNull(idempotencyKey, "idempotencyKey");
    checkNotNull(recipient, "recipient");
    checkNotNull(topic, "topic");
    checkArgument(topic.isNotice(), "%s is not a notice", topic);
    checkNotNull(text, "text");
  }
}
