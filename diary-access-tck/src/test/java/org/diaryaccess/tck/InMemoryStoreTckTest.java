package org.diaryaccess.tck;

import org.diaryaccess.adapters.inmemory.InMemoryStore;

/** The in-memory adapter passes the kit, run exactly as a host runs it. */
class InMemoryStoreTckTest extends DiaryStoreTck {
  @Override
  protected StoreUnderTest openStore() {
    return StoreUnderTest.of(new InMemoryStore());
  }
}
