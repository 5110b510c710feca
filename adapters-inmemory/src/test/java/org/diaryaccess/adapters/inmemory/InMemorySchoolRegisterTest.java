package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.SchoolRegisterContract;

/** The in-memory adapter passes the SchoolRegister contract. */
class InMemorySchoolRegisterTest extends SchoolRegisterContract {
  InMemorySchoolRegisterTest() {
    super(new InMemoryFixture());
  }
}
