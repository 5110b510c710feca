package org.diaryaccess.core.properties;

import net.jqwik.api.PropertyDefaults;
import org.diaryaccess.core.testing.Backend;
import org.diaryaccess.core.testing.InMemoryBackend;

/** Hostile input at every entry point, on the in-memory adapter. */
@PropertyDefaults(tries = 3000)
class InMemoryHostileInputProperties extends AbstractHostileInputProperties {

  @Override
  protected Backend newBackend() {
    return new InMemoryBackend();
  }
}
