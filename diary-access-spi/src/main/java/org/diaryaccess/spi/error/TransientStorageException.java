package org.diaryaccess.spi.error;

import org.jspecify.annotations.Nullable;

/**
 * A storage failure that retrying may cure: a concurrent update of the same row, a lost
 * connection, a serialisation failure. The library retries a command a few times before passing
 * it on.
 *
 * @since 0.1.0
 */
public final class TransientStorageException extends StorageException {
  private static final long serialVersionUID = 1L;

  /**
   * A transient failure.
   *
   * @param reason {@link ReasonCode#CONCURRENT_UPDATE} or {@link ReasonCode#STORAGE_UNAVAILABLE}
   * @param cause the underlying failure, if any
   */
  public TransientStorageException(ReasonCode reason, @Nullable Throwable cause) {
    super(reason, cause);
  }

  /**
   * Another unit of work changed the same data first.
   *
   * @return another unit of work changed the same data first
   */
  public static TransientStorageException concurrentUpdate() {
    return new TransientStorageException(ReasonCode.CONCURRENT_UPDATE, null);
  }
}
