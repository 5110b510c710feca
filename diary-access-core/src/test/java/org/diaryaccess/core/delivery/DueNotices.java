package org.diaryaccess.core.delivery;

import static org.diaryaccess.core.testing.Guide.NINA_ID;

import java.time.Instant;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.delivery.Topic;

/** Notices waiting in a store's outbox, as commands would have left them. */
final class DueNotices {
  private DueNotices() {}

  /**
   * Stores {@code count} notices to Nina, all due at {@code now}, the oldest first.
   *
   * @param store where
   * @param count how many
   * @param now when they are due
   */
  static void enqueue(DiaryStore store, int count, Instant now) {
    store.unitOfWork().write(() -> {
      for (int i = 0; i < count; i++) {
        store.outbox().enqueue(OutboxMessage.due(String.format("notice-%04d", i), Topic.INVITATION_RECEIVED, NINA_ID,
            null, null, now.minusSeconds(count - i)));
      }
      return null;
    });
  }
}
