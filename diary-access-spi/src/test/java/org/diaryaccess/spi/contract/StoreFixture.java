package org.diaryaccess.spi.contract;

import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.people.Citizen;

/** How the contract suite makes, fills and releases one adapter's stores. */
public interface StoreFixture {

  /** A new, empty store. */
  DiaryStore newStore();

  /**
   * Registers or updates a citizen: the one write the SPI leaves to the adapter.
   *
   * @param store the store
   * @param citizen the citizen
   */
  void saveCitizen(DiaryStore store, Citizen citizen);

  /**
   * Releases a store, if it holds anything (connections, files).
   *
   * @param store the store
   */
  default void closeStore(DiaryStore store) {}
}
