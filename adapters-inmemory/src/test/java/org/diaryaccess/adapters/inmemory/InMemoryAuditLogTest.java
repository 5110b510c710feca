package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contract.AuditLogContract;
import org.diaryaccess.spi.model.Citizen;

/** The in-memory adapter passes the AuditLog contract. */
class InMemoryAuditLogTest extends AuditLogContract {
  @Override
  protected DiaryStore newStore() {
    return new InMemoryStore();
  }

  @Override
  protected void saveCitizen(DiaryStore store, Citizen citizen) {
    ((InMemoryStore) store).citizens().save(citizen);
  }
}
