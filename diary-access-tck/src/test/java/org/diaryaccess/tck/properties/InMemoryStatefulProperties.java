package org.diaryaccess.tck.properties;

import net.jqwik.api.PropertyDefaults;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.tck.StoreUnderTest;

/** The stateful property on the in-memory adapter: 1,000 sequences per build. */
@PropertyDefaults(tries = 1000)
class InMemoryStatefulProperties extends AbstractStatefulProperties {

  @Override
  protected StoreUnderTest openStore() {
    return StoreUnderTest.of(new InMemoryStore());
  }
}
