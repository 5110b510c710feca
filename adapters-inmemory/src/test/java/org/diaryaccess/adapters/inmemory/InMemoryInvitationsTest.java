package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.InvitationsContract;

/** The in-memory adapter passes the Invitations contract. */
class InMemoryInvitationsTest extends InvitationsContract {
  InMemoryInvitationsTest() {
    super(new InMemoryFixture());
  }
}
