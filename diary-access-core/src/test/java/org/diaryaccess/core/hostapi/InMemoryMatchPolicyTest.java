package org.diaryaccess.core.hostapi;

import org.diaryaccess.core.testing.Backend;
import org.diaryaccess.core.testing.InMemoryBackend;

/** Lists agree with decisions for every match policy, on the in-memory adapter. */
class InMemoryMatchPolicyTest extends AbstractMatchPolicyTest {
  @Override
  protected Backend newBackend() {
    return new InMemoryBackend();
  }
}
