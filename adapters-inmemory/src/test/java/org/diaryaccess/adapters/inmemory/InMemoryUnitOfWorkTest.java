package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.UnitOfWorkContract;

/** The in-memory adapter passes the UnitOfWork contract. */
class InMemoryUnitOfWorkTest extends UnitOfWorkContract {
  InMemoryUnitOfWorkTest() {
    super(new InMemoryFixture());
  }
}
