package org.diaryaccess.adapters.jdbc;

import net.jqwik.api.PropertyDefaults;
import org.diaryaccess.core.properties.AbstractHostileInputProperties;
import org.diaryaccess.core.testing.Backend;

/** Hostile input at every entry point, SQL metacharacters included, on the JDBC adapter over H2. */
@PropertyDefaults(tries = 1000)
class H2HostileInputProperties extends AbstractHostileInputProperties {
  @Override
  protected Backend newBackend() {
    return JdbcBackend.h2();
  }
}
