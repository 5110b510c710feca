package org.diaryaccess.core.hostapi;

import org.diaryaccess.core.testing.Backend;
import org.diaryaccess.core.testing.InMemoryBackend;

/** The host API on the in-memory adapter. */
class InMemoryHostApiTest extends AbstractHostApiTest {
  @Override
  protected Backend newBackend() {
    return new InMemoryBackend();
  }
}
