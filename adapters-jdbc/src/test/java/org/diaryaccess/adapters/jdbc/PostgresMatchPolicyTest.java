package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.core.hostapi.AbstractMatchPolicyTest;
import org.diaryaccess.core.testing.Backend;

/** Lists agree with decisions for every match policy, on the JDBC adapter over a real PostgreSQL. */
class PostgresMatchPolicyTest extends AbstractMatchPolicyTest {
  @Override
  protected Backend newBackend() {
    return JdbcBackend.postgres();
  }
}
