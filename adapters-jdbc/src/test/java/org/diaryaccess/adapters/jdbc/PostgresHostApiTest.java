package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.core.hostapi.AbstractHostApiTest;
import org.diaryaccess.core.testing.Backend;

/** The host API on the JDBC adapter over a real PostgreSQL. */
class PostgresHostApiTest extends AbstractHostApiTest {
  @Override
  protected Backend newBackend() {
    return JdbcBackend.postgres();
  }
}
