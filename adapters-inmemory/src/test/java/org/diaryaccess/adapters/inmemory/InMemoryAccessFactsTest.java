package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.AccessFactsContract;

/** The in-memory adapter passes the AccessFacts contract. */
class InMemoryAccessFactsTest extends AccessFactsContract {
  InMemoryAccessFactsTest() {
    super(new InMemoryFixture());
  }
}
