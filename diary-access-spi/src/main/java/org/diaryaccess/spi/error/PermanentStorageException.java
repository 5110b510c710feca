package org.diaryaccess.spi.error;

import org.jspecify.annotations.Nullable;

/**
 * A storage failure that retrying will not cure: a broken schema, a constraint the data violates.
 *
 * @since 0.1.0
 */
public final class PermanentStorageException extends StorageException {
  private static final long serialVersionUID = 1L;

  /**
   * A permanent failure.
   *
   * @param cause the underlying failure, if any
   */
  public PermanentStorageException(@Nullable Throwable cause) {
    super(ReasonCode.STORAGE_FAILURE, cause);
  }
}
