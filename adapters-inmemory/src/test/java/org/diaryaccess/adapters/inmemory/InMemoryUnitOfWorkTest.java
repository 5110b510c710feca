package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contract.UnitOfWorkContract;
import org.diaryaccess.spi.model.Citizen;

/** The in-memory adapter passes the UnitOfWork contract. */
class InMemoryUnitOfWorkTest extends UnitOfWorkContract {
  @Override
  protected DiaryStore newStore() {
    return new InMemoryStore();
  }

  @Override
  protected void saveCitizen(DiaryStore store, Citizen citizen) {
    ((InMemoryStore) store).citizens().save(citizen);
  }
}
