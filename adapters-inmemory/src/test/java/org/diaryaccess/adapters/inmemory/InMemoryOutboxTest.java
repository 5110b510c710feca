package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.OutboxContract;

/** The in-memory adapter passes the Outbox contract. */
class InMemoryOutboxTest extends OutboxContract {
  InMemoryOutboxTest() {
    super(new InMemoryFixture());
  }
}
