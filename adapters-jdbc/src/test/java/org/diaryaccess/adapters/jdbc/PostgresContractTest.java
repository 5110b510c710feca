package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.spi.contract.StoreFixture;

/** The JDBC adapter on Postgres passes the contract suite of every port, unchanged. */
class PostgresContractTest extends JdbcContractSuite {
  private static final StoreFixture FIXTURE = new JdbcFixtures.Postgres();

  @Override
  StoreFixture fixture() {
    return FIXTURE;
  }
}
