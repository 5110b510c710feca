package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.Test;

/** The contract of {@link org.diaryaccess.spi.Grants}. */
public abstract class GrantsContract extends StoreContract {

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected GrantsContract(StoreProvider stores) {
    super(stores);
  }

  @Test
  void anEndedGrantKeepsWhoEndedIt() {
    Grant revoked = grant("g-1", "granny", "p-1");
    Grant renounced = grant("g-2", "granny", "p-2");
    inWrite(() -> {
      store.grants().insert(revoked);
      store.grants().insert(renounced);
    });
    inWrite(() -> {
      store.grants().update(revoked.revoke(CitizenId.of("father"), T0.plusSeconds(5)));
      store.grants().update(renounced.renounce(T0.plusSeconds(6)));
    });

    assertThat(inRead(() -> store.grants().findById(revoked.id())).orElseThrow().endedBy())
        .isEqualTo(CitizenId.of("father"));
    assertThat(inRead(() -> store.grants().findById(renounced.id())).orElseThrow().endedBy())
        .isEqualTo(CitizenId.of("granny"));
  }

  @Test
  void aTrustedPersonsEndedGrantsAreReadNewestFirstWithinTheWindow() {
    Grant old = grant("g-1", "granny", "p-1");
    Grant renounced = grant("g-2", "granny", "p-2");
    Grant revoked = grant("g-3", "granny", "p-3");
    Grant live = grant("g-4", "granny", "p-4");
    Grant someoneElses = grant("g-5", "nanny", "p-1");
    inWrite(() -> List.of(old, renounced, revoked, live, someoneElses).forEach(store.grants()::insert));
    inWrite(() -> {
      store.grants().update(old.revoke(CitizenId.of("mother"), T0.plusSeconds(10)));
      store.grants().update(renounced.renounce(T0.plusSeconds(30)));
      store.grants().update(revoked.revoke(CitizenId.of("father"), T0.plusSeconds(20)));
      store.grants().update(someoneElses.revoke(CitizenId.of("mother"), T0.plusSeconds(40)));
    });

    assertThat(inRead(() -> store.grants().endedForTrustee(CitizenId.of("granny"), T0.plusSeconds(20), 10)))
        .extracting(g -> g.id().value()).containsExactly("g-2", "g-3");
    assertThat(inRead(() -> store.grants().endedForTrustee(CitizenId.of("granny"), T0, 2)))
        .extracting(g -> g.id().value()).containsExactly("g-2", "g-3");
    assertThat(inRead(() -> store.grants().endedForTrustee(CitizenId.of("nobody"), T0, 10))).isEmpty();
  }

  @Test
  void liveGrantsAreFoundByTrusteeAndPupilEndedOnesAreNot() {
    Grant g1 = grant("g-1", "granny", "p-1");
    Grant g2 = grant("g-2", "granny", "p-2");
    Grant g3 = grant("g-3", "nanny", "p-1");
    inWrite(() -> {
      store.grants().insert(g1);
      store.grants().insert(g2);
      store.grants().insert(g3);
    });
    inWrite(() -> store.grants().update(g2.revoke(CitizenId.of("grantor"), T0.plusSeconds(5))));

    assertThat(inRead(() -> store.grants().liveFor(CitizenId.of("granny"), PupilRecordId.of("p-1")))).containsExactly(g1);
    assertThat(inRead(() -> store.grants().liveFor(CitizenId.of("granny"), PupilRecordId.of("p-2")))).isEmpty();
    assertThat(inRead(() -> store.grants().liveForTrustee(CitizenId.of("granny")))).containsExactly(g1);
    assertThat(inRead(() -> store.grants().liveForPupil(PupilRecordId.of("p-1")))).containsExactly(g1, g3);
  }

  @Test
  void grantsStoredTogetherAreStoredAsOneByOne() {
    Grant g1 = grant("g-1", "granny", "p-1");
    Grant g2 = grant("g-2", "granny", "p-2");
    Grant g3 = grant("g-3", "nanny", "p-1");
    inWrite(() -> store.grants().insertAll(List.of(g1, g2, g3)));

    assertThat(inRead(() -> store.grants().findById(g2.id()))).contains(g2);
    assertThat(inRead(() -> store.grants().liveForTrustee(CitizenId.of("granny")))).containsExactly(g1, g2);
    assertThat(inRead(() -> store.grants().liveForPupil(PupilRecordId.of("p-1")))).containsExactly(g1, g3);
    assertThatThrownBy(() -> inWrite(() -> store.grants().insertAll(List.of(grant("g-4", "tutor", "p-3"), g1))))
        .as("an id taken").isInstanceOf(RuntimeException.class);
    assertThat(inRead(() -> store.grants().findById(GrantId.of("g-4")))).as("all or none").isEmpty();
  }

  @Test
  void aLongHistoryLeavesOnlyTheLiveGrant() {
    for (int i = 0; i < 30; i++) {
      Grant ended = grant("g-" + i, "granny", "p-1");
      inWrite(() -> store.grants().insert(ended));
      inWrite(() -> store.grants().update(ended.revoke(CitizenId.of("grantor"), T0)));
    }
    Grant live = grant("g-live", "granny", "p-1");
    inWrite(() -> store.grants().insert(live));

    assertThat(inRead(() -> store.grants().liveFor(CitizenId.of("granny"), PupilRecordId.of("p-1")))).containsExactly(live);
    assertThat(inRead(() -> store.grants().liveForTrustee(CitizenId.of("granny")))).containsExactly(live);
    assertThat(inRead(() -> store.grants().liveForPupil(PupilRecordId.of("p-1")))).containsExactly(live);
  }

  @Test
  void updatesAreVersionChecked() {
    Grant g1 = grant("g-1", "granny", "p-1");
    inWrite(() -> store.grants().insert(g1));
    inWrite(() -> store.grants().update(g1.activate(T0)));
    assertThatThrownBy(() -> inWrite(() -> store.grants().update(g1.renounce(T0))))
        .isInstanceOf(TransientStorageException.class);
    assertThat(inRead(() -> store.grants().findById(g1.id())).orElseThrow().state()).isEqualTo(GrantState.ACTIVE);
  }

  @Test
  void pagesOverLiveGrantsAndOverdueOnes() {
    inWrite(() -> {
      for (int i = 1; i <= 5; i++) {
        store.grants().insert(grant("g-" + i, "t-" + i, "p-1"));
      }
    });
    Grant second = inRead(() -> store.grants().findById(grant("g-2", "t-2", "p-1").id())).orElseThrow();
    inWrite(() -> store.grants().update(second.activate(T0)));

    Page<Grant> first = inRead(() -> store.grants().live(PageRequest.first(3)));
    assertThat(first.items()).extracting(g -> g.id().value()).containsExactly("g-1", "g-2", "g-3");
    Page<Grant> rest = inRead(() -> store.grants().live(PageRequest.after(first.next().orElseThrow(), 3)));
    assertThat(rest.items()).extracting(g -> g.id().value()).containsExactly("g-4", "g-5");
    assertThat(rest.next()).isEmpty();

    assertThat(inRead(() -> store.grants().provisioningOverdue(T0.plus(Duration.ofHours(23)), PageRequest.first(10)))
        .items()).isEmpty();
    assertThat(inRead(() -> store.grants().provisioningOverdue(T0.plus(Duration.ofHours(25)), PageRequest.first(10)))
        .items()).extracting(g -> g.id().value()).containsExactly("g-1", "g-3", "g-4", "g-5");
    assertThat(inRead(() -> store.grants().countProvisioningOverdue(T0.plus(Duration.ofHours(23))))).isZero();
    assertThat(inRead(() -> store.grants().countProvisioningOverdue(T0.plus(Duration.ofHours(25))))).isEqualTo(4);
  }
}
