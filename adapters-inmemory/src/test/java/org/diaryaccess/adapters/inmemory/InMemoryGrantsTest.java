package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.GrantsContract;

/** The in-memory adapter passes the Grants contract. */
class InMemoryGrantsTest extends GrantsContract {
  InMemoryGrantsTest() {
    super(new InMemoryFixture());
  }
}
