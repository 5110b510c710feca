package org.diaryaccess.core.properties;

import net.jqwik.api.PropertyDefaults;
import org.diaryaccess.core.testing.Backend;
import org.diaryaccess.core.testing.InMemoryBackend;

/** The stateful property on the in-memory adapter: 1,000 sequences per build. */
@PropertyDefaults(tries = 1000)
class InMemoryStatefulProperties extends AbstractStatefulProperties {

  @Override
  protected Backend newBackend() {
    return new InMemoryBackend();
  }
}
