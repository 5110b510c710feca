package org.diaryaccess.core.testing;

import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.people.Citizen;

/**
 * A store to run the core's tests on, with the one write the SPI leaves to the host: saving a
 * citizen's profile. The in-memory adapter is the default; other adapters plug theirs in.
 */
public interface Backend extends AutoCloseable {

  /** The store. */
  DiaryStore store();

  /**
   * The store a second host instance would use over the same data — its own connections where
   * the adapter has them; the same store by default.
   */
  default DiaryStore anotherInstance() {
    return store();
  }

  /** Registers or updates {@code citizen}. */
  void saveCitizen(Citizen citizen);

  @Override
  default void close() {}
}
