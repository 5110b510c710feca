package org.diaryaccess.tck;

import net.jqwik.api.Group;
import net.jqwik.api.PropertyDefaults;
import org.diaryaccess.tck.contract.AccessFactsContract;
import org.diaryaccess.tck.contract.AuditLogContract;
import org.diaryaccess.tck.contract.CitizensContract;
import org.diaryaccess.tck.contract.DiaryViewsContract;
import org.diaryaccess.tck.contract.GrantsContract;
import org.diaryaccess.tck.contract.InvitationFactsContract;
import org.diaryaccess.tck.contract.InvitationsContract;
import org.diaryaccess.tck.contract.OutboxContract;
import org.diaryaccess.tck.contract.SchoolRegisterContract;
import org.diaryaccess.tck.contract.TrustedPersonFactsContract;
import org.diaryaccess.tck.contract.UnitOfWorkContract;
import org.diaryaccess.tck.library.HostApiContract;
import org.diaryaccess.tck.library.MatchPolicyContract;
import org.diaryaccess.tck.properties.AbstractHostileInputProperties;
import org.diaryaccess.tck.properties.AbstractStatefulProperties;
import org.junit.jupiter.api.Nested;

/**
 * The whole kit in one class: extend it, say how to open a fresh store, and run it with JUnit 5.
 *
 * <pre>{@code
 * class SchoolSystemStoreTckTest extends DiaryStoreTck {
 *   @Override
 *   protected StoreUnderTest openStore() {
 *     return StoreUnderTest.of(new SchoolSystemStore(freshDatabase(), libraryStore()));
 *   }
 * }
 * }</pre>
 *
 * <p>It runs, each on stores of its own: the contract of every storage port and fact reader, one
 * nested class per port and named after it, so that a broken rule is reported under its port (as
 * {@code DiaryStoreTck$Grants} and {@code liveGrantsAreFoundByTrusteeAndPupilEndedOnesAreNot}); the
 * library's host API and every match rule on the store; the stateful property, which drives the
 * library through random sequences of registrations, school edits, invitations, answers,
 * revocations, housekeeping and clock moves and holds every decision against a reference model
 * (with two instances over one store where {@link StoreUnderTest#anotherInstance()} says the data
 * is shared); and hostile input at every entry point. The stateful property runs 100 sequences
 * here and reports its coverage; hostile input runs 1,000 tries and checks that every kind of
 * refusal was reached. A run that wants more extends {@link AbstractStatefulProperties} or {@link
 * AbstractHostileInputProperties} itself and sets {@code @PropertyDefaults}.
 */
public abstract class DiaryStoreTck {

  /** A kit for the store that {@link #openStore()} opens. */
  protected DiaryStoreTck() {}

  /**
   * Opens a fresh, empty store; the kit closes it when the test or the sequence ends.
   *
   * @return the store under test
   */
  protected abstract StoreUnderTest openStore();

  /**
   * How many steps a sequence of the stateful property takes at most: 40 unless a store whose
   * every step is round trips to a server wants shorter ones.
   *
   * @return the most steps per sequence
   */
  protected int sequenceSteps() {
    return 40;
  }

  /** The contract of {@link org.diaryaccess.spi.Citizens}. */
  @Nested
  class Citizens extends CitizensContract {
    Citizens() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.SchoolRegister}. */
  @Nested
  class SchoolRegister extends SchoolRegisterContract {
    SchoolRegister() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.Invitations}. */
  @Nested
  class Invitations extends InvitationsContract {
    Invitations() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.Grants}. */
  @Nested
  class Grants extends GrantsContract {
    Grants() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.Outbox}. */
  @Nested
  class Outbox extends OutboxContract {
    Outbox() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.AuditLog}. */
  @Nested
  class AuditLog extends AuditLogContract {
    AuditLog() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.UnitOfWork}. */
  @Nested
  class UnitOfWork extends UnitOfWorkContract {
    UnitOfWork() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.DiaryViews}. */
  @Nested
  class DiaryViews extends DiaryViewsContract {
    DiaryViews() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.AccessFacts}. */
  @Nested
  class AccessFacts extends AccessFactsContract {
    AccessFacts() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.InvitationFacts}. */
  @Nested
  class InvitationFacts extends InvitationFactsContract {
    InvitationFacts() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The contract of {@link org.diaryaccess.spi.TrustedPersonFacts}. */
  @Nested
  class TrustedPersonFacts extends TrustedPersonFactsContract {
    TrustedPersonFacts() {
      super(DiaryStoreTck.this::openStore);
    }
  }

  /** The library's host API, read through the public API alone, on the store. */
  @Nested
  class HostApi extends HostApiContract {
    @Override
    protected StoreUnderTest openStore() {
      return DiaryStoreTck.this.openStore();
    }
  }

  /** Decisions, lists and diagnosis agree under every match rule, on the store. */
  @Nested
  class MatchPolicies extends MatchPolicyContract {
    @Override
    protected StoreUnderTest openStore() {
      return DiaryStoreTck.this.openStore();
    }
  }

  /** The stateful property against the reference model, on the store. */
  @Group
  @PropertyDefaults(tries = 100)
  class StatefulProperty extends AbstractStatefulProperties {
    @Override
    protected StoreUnderTest openStore() {
      return DiaryStoreTck.this.openStore();
    }

    @Override
    protected int maxSteps() {
      return sequenceSteps();
    }

    /** A hundred sequences are too few to hold the coverage floors: they are reported, not checked. */
    @Override
    protected boolean checksCoverage() {
      return false;
    }
  }

  /** Hostile input at every entry point, on the store. */
  @Group
  @PropertyDefaults(tries = 1000)
  class HostileInput extends AbstractHostileInputProperties {
    @Override
    protected StoreUnderTest openStore() {
      return DiaryStoreTck.this.openStore();
    }
  }
}
