package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.AuditLogContract;

/** The in-memory adapter passes the AuditLog contract. */
class InMemoryAuditLogTest extends AuditLogContract {
  InMemoryAuditLogTest() {
    super(new InMemoryFixture());
  }
}
