package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.spi.contract.AccessFactsContract;
import org.diaryaccess.spi.contract.AuditLogContract;
import org.diaryaccess.spi.contract.CitizensContract;
import org.diaryaccess.spi.contract.GrantsContract;
import org.diaryaccess.spi.contract.InvitationsContract;
import org.diaryaccess.spi.contract.OutboxContract;
import org.diaryaccess.spi.contract.SchoolRegisterContract;
import org.diaryaccess.spi.contract.StoreFixture;
import org.diaryaccess.spi.contract.UnitOfWorkContract;
import org.junit.jupiter.api.Nested;

/** The JDBC adapter on H2 passes the contract suite of every port, unchanged. */
class H2ContractTest {
  private static final StoreFixture FIXTURE = new JdbcFixtures.H2();

  @Nested
  class Citizens extends CitizensContract {
    Citizens() {
      super(FIXTURE);
    }
  }

  @Nested
  class SchoolRegister extends SchoolRegisterContract {
    SchoolRegister() {
      super(FIXTURE);
    }
  }

  @Nested
  class Invitations extends InvitationsContract {
    Invitations() {
      super(FIXTURE);
    }
  }

  @Nested
  class Grants extends GrantsContract {
    Grants() {
      super(FIXTURE);
    }
  }

  @Nested
  class Outbox extends OutboxContract {
    Outbox() {
      super(FIXTURE);
    }
  }

  @Nested
  class AuditLog extends AuditLogContract {
    AuditLog() {
      super(FIXTURE);
    }
  }

  @Nested
  class UnitOfWork extends UnitOfWorkContract {
    UnitOfWork() {
      super(FIXTURE);
    }
  }

  @Nested
  class AccessFacts extends AccessFactsContract {
    AccessFacts() {
      super(FIXTURE);
    }
  }
}
