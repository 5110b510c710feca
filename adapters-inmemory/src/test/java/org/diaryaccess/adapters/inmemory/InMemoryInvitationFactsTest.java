package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.InvitationFactsContract;

/** The in-memory adapter passes the InvitationFacts contract. */
class InMemoryInvitationFactsTest extends InvitationFactsContract {
  InMemoryInvitationFactsTest() {
    super(new InMemoryFixture());
  }
}
