package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contract.SchoolRegisterContract;
import org.diaryaccess.spi.model.Citizen;

/** The in-memory adapter passes the SchoolRegister contract. */
class InMemorySchoolRegisterTest extends SchoolRegisterContract {
  @Override
  protected DiaryStore newStore() {
    return new InMemoryStore();
  }

  @Override
  protected void saveCitizen(DiaryStore store, Citizen citizen) {
    ((InMemoryStore) store).citizens().save(citizen);
  }
}
