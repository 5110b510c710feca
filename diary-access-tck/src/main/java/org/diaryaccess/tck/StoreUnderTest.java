package org.diaryaccess.tck;

import static java.util.Objects.requireNonNull;

import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.people.Citizen;

/**
 * One fresh, empty store the kit runs a test or a sequence on, and how to release it afterwards.
 *
 * <p>The kit opens one per test through a {@link StoreProvider} and closes it when the test ends.
 * A store whose data several host instances share (one database, several pools) says so by
 * returning from {@link #anotherInstance()} a store over the same data through its own
 * connections: the stateful property then sends alternate commands to each instance and asks the
 * other one to decide.
 */
public interface StoreUnderTest extends AutoCloseable {

  /**
   * The store.
   *
   * @return the store, empty when first opened
   */
  DiaryStore store();

  /**
   * The store a second host instance would use over the same data: its own connections where the
   * store has them. By default the same store, which is right for a store that lives in one
   * process.
   *
   * @return a store over the same data
   */
  default DiaryStore anotherInstance() {
    return store();
  }

  /**
   * Registers or updates a citizen's profile: the one write the SPI leaves to the host (a host
   * whose profiles live in a system of its own writes them there). The kit calls it inside a
   * writing unit of work of {@link #store()}.
   *
   * @param citizen the citizen
   */
  default void saveCitizen(Citizen citizen) {
    store().citizens().save(citizen);
  }

  /** Releases what the store holds (connections, files, a database to drop); nothing by default. */
  @Override
  default void close() {}

  /**
   * A store that needs nothing released and saves citizens through {@link
   * org.diaryaccess.spi.Citizens#save}.
   *
   * @param store a fresh, empty store
   * @return the store under test
   */
  static StoreUnderTest of(DiaryStore store) {
    requireNonNull(store, "store");
    return () -> store;
  }
}
