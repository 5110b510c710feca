package org.diaryaccess.tck.properties;

import net.jqwik.api.PropertyDefaults;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.tck.StoreUnderTest;

/** Hostile input at every entry point, on the in-memory adapter. */
@PropertyDefaults(tries = 3000)
class InMemoryHostileInputProperties extends AbstractHostileInputProperties {

  @Override
  protected StoreUnderTest openStore() {
    return StoreUnderTest.of(new InMemoryStore());
  }
}
