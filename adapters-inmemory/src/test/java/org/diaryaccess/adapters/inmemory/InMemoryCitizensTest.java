package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contract.CitizensContract;
import org.diaryaccess.spi.model.Citizen;

/** The in-memory adapter passes the Citizens contract. */
class InMemoryCitizensTest extends CitizensContract {
  @Override
  protected DiaryStore newStore() {
    return new InMemoryStore();
  }

  @Override
  protected void saveCitizen(DiaryStore store, Citizen citizen) {
    ((InMemoryStore) store).citizens().save(citizen);
  }
}
