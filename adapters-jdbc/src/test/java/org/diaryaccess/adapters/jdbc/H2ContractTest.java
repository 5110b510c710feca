package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.spi.contract.StoreFixture;

/** The JDBC adapter on H2 passes the contract suite of every port, unchanged. */
class H2ContractTest extends JdbcContractSuite {
  private static final StoreFixture FIXTURE = new JdbcFixtures.H2();

  @Override
  StoreFixture fixture() {
    return FIXTURE;
  }
}
