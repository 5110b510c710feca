package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.TrustedPersonFactsContract;

/** The in-memory adapter passes the TrustedPersonFacts contract. */
class InMemoryTrustedPersonFactsTest extends TrustedPersonFactsContract {
  InMemoryTrustedPersonFactsTest() {
    super(new InMemoryFixture());
  }
}
