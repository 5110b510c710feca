package org.diaryaccess.spi.contract;

import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.people.Citizen;

/** How the contract suite makes, fills and releases one adapter's stores. */
public interface StoreFixture {

  /** A new, empty store. */
  DiaryStore newStore();

  /**
   * Registers or updates a citizen through the port.
   *
   * @param store the store
   * @param citizen the citizen
   */
  default void saveCitizen(DiaryStore store, Citizen citizen) {
    store.citizens().save(citizen);
  }

  /**
   * Releases a store, if it holds anything (connections, files).
   *
   * @param store the store
   */
  default void closeStore(DiaryStore store) {}
}
