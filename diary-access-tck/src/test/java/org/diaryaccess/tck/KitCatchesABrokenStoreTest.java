package org.diaryaccess.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The kit names the rule a store breaks: a store whose only fault is to read a trusted person's
 * ended grants as live fails the grants' contract, under {@code Grants}, by the tests' names,
 * and the reader of a decision's facts that reads grants through it; the rest of the kit passes.
 */
class KitCatchesABrokenStoreTest {

  @Test
  void aStoreThatReadsAnEndedGrantAsLiveFailsTheGrantsContractByName() {
    List<String> failed = new ArrayList<>();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(EndedGrantsReadAsLive.class)).execute()
        .testEvents().failed().stream()
        .forEach(event -> failed.add(where(event)));

    assertThat(failed).contains("DiaryStoreTck$Grants.liveGrantsAreFoundByTrusteeAndPupilEndedOnesAreNot",
        "DiaryStoreTck$Grants.aLongHistoryLeavesOnlyTheLiveGrant");
    // The rest of the kit passes: what fails reads live grants through the broken port, and nothing else.
    assertThat(failed).allSatisfy(test -> assertThat(test).matches("DiaryStoreTck\\$(Grants|AccessFacts)\\..*"));
  }

  private static String where(Event event) {
    MethodSource method = event.getTestDescriptor().getSource().map(MethodSource.class::cast).orElseThrow();
    String declaring = method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1);
    assertThat(event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable))
        .as("failed on an assertion, not an error").get().isInstanceOf(AssertionError.class);
    return declaring + "." + method.getMethodName();
  }

  /** The in-memory store, but for one fault in its grants: live reads include ended grants. */
  static class EndedGrantsReadAsLive extends DiaryStoreTck {
    @Override
    protected StoreUnderTest openStore() {
      return StoreUnderTest.of(new BrokenStore(new InMemoryStore()));
    }
  }

  private record BrokenStore(DiaryStore store) implements DiaryStore {
    @Override
    public Citizens citizens() {
      return store.citizens();
    }

    @Override
    public SchoolRegister schoolRegister() {
      return store.schoolRegister();
    }

    @Override
    public Invitations invitations() {
      return store.invitations();
    }

    @Override
    public Grants grants() {
      return new EndedAsLive(store.grants());
    }

    @Override
    public Outbox outbox() {
      return store.outbox();
    }

    @Override
    public AuditLog auditLog() {
      return store.auditLog();
    }

    @Override
    public DiaryViews diaryViews() {
      return store.diaryViews();
    }

    @Override
    public UnitOfWork unitOfWork() {
      return store.unitOfWork();
    }
  }

  private record EndedAsLive(Grants grants) implements Grants {
    @Override
    public List<Grant> liveFor(CitizenId trustee, PupilRecordId pupil) {
      List<Grant> all = new ArrayList<>(grants.liveFor(trustee, pupil));
      grants.endedForTrustee(trustee, Instant.EPOCH, Integer.MAX_VALUE).stream()
          .filter(g -> g.pupil().equals(pupil)).forEach(all::add);
      return all;
    }

    @Override
    public Optional<Grant> findById(GrantId id) {
      return grants.findById(id);
    }

    @Override
    public void insert(Grant grant) {
      grants.insert(grant);
    }

    @Override
    public void update(Grant grant) {
      grants.update(grant);
    }

    @Override
    public List<Grant> liveForTrustee(CitizenId trustee) {
      return grants.liveForTrustee(trustee);
    }

    @Override
    public List<Grant> liveForPupil(PupilRecordId pupil) {
      return grants.liveForPupil(pupil);
    }

    @Override
    public List<Grant> endedForTrustee(CitizenId trustee, Instant since, int limit) {
      return grants.endedForTrustee(trustee, since, limit);
    }

    @Override
    public Page<Grant> live(PageRequest page) {
      return grants.live(page);
    }

    @Override
    public Page<Grant> provisioningOverdue(Instant now, PageRequest page) {
      return grants.provisioningOverdue(now, page);
    }

    @Override
    public int countProvisioningOverdue(Instant now) {
      return grants.countProvisioningOverdue(now);
    }
  }
}
