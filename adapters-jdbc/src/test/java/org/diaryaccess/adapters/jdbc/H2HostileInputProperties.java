package org.diaryaccess.adapters.jdbc;

import net.jqwik.api.PropertyDefaults;
import org.diaryaccess.tck.StoreUnderTest;
import org.diaryaccess.tck.properties.AbstractHostileInputProperties;

/** Hostile input at every entry point, SQL metacharacters included, on the JDBC adapter over H2. */
@PropertyDefaults(tries = 1000)
class H2HostileInputProperties extends AbstractHostileInputProperties {
  @Override
  protected StoreUnderTest openStore() {
    return JdbcBackend.h2();
  }
}
