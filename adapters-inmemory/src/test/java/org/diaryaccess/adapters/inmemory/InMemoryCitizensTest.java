package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.CitizensContract;

/** The in-memory adapter passes the Citizens contract. */
class InMemoryCitizensTest extends CitizensContract {
  InMemoryCitizensTest() {
    super(new InMemoryFixture());
  }
}
