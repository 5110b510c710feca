package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contract.StoreFixture;

/** Fresh in-memory stores for the contract suite. */
final class InMemoryFixture implements StoreFixture {
  @Override
  public DiaryStore newStore() {
    return new InMemoryStore();
  }
}
