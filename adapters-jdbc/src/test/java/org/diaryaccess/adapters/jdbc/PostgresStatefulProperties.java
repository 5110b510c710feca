package org.diaryaccess.adapters.jdbc;

import net.jqwik.api.PropertyDefaults;
import org.diaryaccess.core.properties.AbstractStatefulProperties;
import org.diaryaccess.core.testing.Backend;

/** The core's stateful property, unchanged, on the JDBC adapter over a real PostgreSQL. */
@PropertyDefaults(tries = 40)
class PostgresStatefulProperties extends AbstractStatefulProperties {
  @Override
  protected Backend newBackend() {
    return JdbcBackend.postgres();
  }

  @Override
  protected int maxSteps() {
    return 30;
  }

  /** Forty sequences are too few to hold the coverage floors; they are reported, not checked. */
  @Override
  protected boolean checksCoverage() {
    return false;
  }
}
