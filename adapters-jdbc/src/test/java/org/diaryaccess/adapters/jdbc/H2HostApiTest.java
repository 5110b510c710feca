package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.core.hostapi.AbstractHostApiTest;
import org.diaryaccess.core.testing.Backend;

/** The host API on the JDBC adapter over H2. */
class H2HostApiTest extends AbstractHostApiTest {
  @Override
  protected Backend newBackend() {
    return JdbcBackend.h2();
  }
}
