package org.diaryaccess.spi.error;

import java.util.List;

/**
 * A store (database, remote registry) failed. Adapters throw a {@link TransientStorageException}
 * when retrying may help and a {@link PermanentStorageException} when it will not. No partial
 * change is ever left behind: the unit of work is rolled back.
 *
 * @since 0.1.0
 */
public abstract sealed class StorageException extends DiaryAccessException
    permits TransientStorageException, PermanentStorageException {
  private static final long serialVersionUID = 1L;

  StorageException(ReasonCode reason, @org.jspecify.annotations.Nullable Throwable cause) {
    super(List.of(reason), cause);
  }
}
