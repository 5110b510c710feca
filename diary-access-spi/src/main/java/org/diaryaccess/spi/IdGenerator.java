package org.diaryaccess.spi;

import java.util.UUID;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;

/**
 * Mints the ids the library owns. Tests plug a sequential one, so runs are repeatable.
 *
 * @since 0.1.0
 */
public interface IdGenerator {

  /**
   * A new invitation id, never returned before.
   *
   * @return A new invitation id, never returned before
   */
  InvitationId newInvitationId();

  /**
   * A new grant id, never returned before.
   *
   * @return A new grant id, never returned before
   */
  GrantId newGrantId();

  /**
   * A new outbox message id (the idempotency key), never returned before.
   *
   * @return A new outbox message id (the idempotency key), never returned before
   */
  String newMessageId();

  /**
   * Random UUIDs: unique across host instances without coordination.
   *
   * @return random UUIDs: unique across host instances without coordination
   */
  static IdGenerator randomUuids() {
    return new IdGenerator() {
      @Override
      public InvitationId newInvitationId() {
        return InvitationId.of("inv-" + UUID.randomUUID());
      }

      @Override
      public GrantId newGrantId() {
        return GrantId.of("grant-" + UUID.randomUUID());
      }

      @Override
      public String newMessageId() {
        return "msg-" + UUID.randomUUID();
      }
    };
  }
}
