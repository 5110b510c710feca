package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.spi.contract.AccessFactsContract;
import org.diaryaccess.spi.contract.AuditLogContract;
import org.diaryaccess.spi.contract.CitizensContract;
import org.diaryaccess.spi.contract.DiaryViewsContract;
import org.diaryaccess.spi.contract.GrantsContract;
import org.diaryaccess.spi.contract.InvitationFactsContract;
import org.diaryaccess.spi.contract.InvitationsContract;
import org.diaryaccess.spi.contract.OutboxContract;
import org.diaryaccess.spi.contract.SchoolRegisterContract;
import org.diaryaccess.spi.contract.StoreFixture;
import org.diaryaccess.spi.contract.TrustedPersonFactsContract;
import org.diaryaccess.spi.contract.UnitOfWorkContract;
import org.junit.jupiter.api.Nested;

/** The contract suite of every port, unchanged, on the JDBC adapter over one database. */
abstract class JdbcContractSuite {

  /** How to make stores on this database. */
  abstract StoreFixture fixture();

  @Nested
  class Citizens extends CitizensContract {
    Citizens() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class SchoolRegister extends SchoolRegisterContract {
    SchoolRegister() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class Invitations extends InvitationsContract {
    Invitations() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class Grants extends GrantsContract {
    Grants() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class Outbox extends OutboxContract {
    Outbox() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class AuditLog extends AuditLogContract {
    AuditLog() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class UnitOfWork extends UnitOfWorkContract {
    UnitOfWork() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class DiaryViews extends DiaryViewsContract {
    DiaryViews() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class AccessFacts extends AccessFactsContract {
    AccessFacts() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class InvitationFacts extends InvitationFactsContract {
    InvitationFacts() {
      super(JdbcContractSuite.this.fixture());
    }
  }

  @Nested
  class TrustedPersonFacts extends TrustedPersonFactsContract {
    TrustedPersonFacts() {
      super(JdbcContractSuite.this.fixture());
    }
  }
}
