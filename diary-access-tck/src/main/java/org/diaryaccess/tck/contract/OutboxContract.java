package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.Test;

/** The contract of {@link org.diaryaccess.spi.Outbox}. */
public abstract class OutboxContract extends StoreContract {

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected OutboxContract(StoreProvider stores) {
    super(stores);
  }

  private static OutboxMessage notice(String id) {
    return OutboxMessage.due(id, Topic.INVITATION_RECEIVED, CitizenId.of("granny"), null, null, T0);
  }

  @Test
  void claimsDueMessagesOnceWhileTheLeaseHolds() {
    inWrite(() -> {
      store.outbox().enqueue(notice("m-1"));
      store.outbox().enqueue(notice("m-2"));
    });
    List<OutboxMessage> claimed = inWrite(() -> store.outbox().claimDue(T0, T0.plus(Duration.ofMinutes(5)), 10));
    assertThat(claimed).extracting(OutboxMessage::id).containsExactly("m-1", "m-2");
    assertThat(inWrite(() -> store.outbox().claimDue(T0.plusSeconds(60), T0.plus(Duration.ofMinutes(6)), 10))).isEmpty();
    // The lease ran out without a verdict: the message is due again (at least once).
    assertThat(inWrite(() -> store.outbox().claimDue(T0.plus(Duration.ofMinutes(5)), T0.plus(Duration.ofMinutes(10)), 10)))
        .extracting(OutboxMessage::id).containsExactly("m-1", "m-2");
  }

  @Test
  void deliveredMessagesAreNeverDueAgainFailedOnesAreRescheduled() {
    inWrite(() -> {
      store.outbox().enqueue(notice("m-1"));
      store.outbox().enqueue(notice("m-2"));
    });
    Instant lease = T0.plusSeconds(1);
    inWrite(() -> store.outbox().claimDue(T0, lease, 10));
    inWrite(() -> {
      assertThat(store.outbox().markDelivered("m-1", lease, T0)).isTrue();
      assertThat(store.outbox().markFailed("m-2", lease, 1, T0.plus(Duration.ofMinutes(1)),
          "IllegalStateException: centre down")).isTrue();
    });

    assertThat(inRead(() -> store.outbox().undelivered())).isEqualTo(1);
    assertThat(inWrite(() -> store.outbox().claimDue(T0.plusSeconds(30), T0.plusSeconds(31), 10))).isEmpty();
    assertThat(inWrite(() -> store.outbox().claimDue(T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(2)), 10)))
        .singleElement().satisfies(m -> {
          assertThat(m.id()).isEqualTo("m-2");
          assertThat(m.attempts()).isEqualTo(1);
          assertThat(m.lastError()).isEqualTo("IllegalStateException: centre down");
        });
  }

  @Test
  void theOldestWaitingMessageShowsHowFarBehindDeliveryIs() {
    assertThat(inRead(() -> store.outbox().oldestUndelivered())).isEmpty();
    inWrite(() -> {
      store.outbox().enqueue(OutboxMessage.due("m-late", Topic.INVITATION_RECEIVED, CitizenId.of("granny"), null,
          null, T0.plusSeconds(30)));
      store.outbox().enqueue(OutboxMessage.due("m-early", Topic.INVITATION_RECEIVED, CitizenId.of("granny"), null,
          null, T0));
    });
    assertThat(inRead(() -> store.outbox().oldestUndelivered())).contains(T0);
    inWrite(() -> store.outbox().claimDue(T0.plusSeconds(60), T0.plusSeconds(61), 10));
    inWrite(() -> store.outbox().markDelivered("m-early", T0.plusSeconds(61), T0.plusSeconds(60)));
    assertThat(inRead(() -> store.outbox().oldestUndelivered())).contains(T0.plusSeconds(30));
    assertThat(inRead(() -> store.outbox().undelivered())).isEqualTo(1);
  }

  @Test
  void claimsAtMostTheLimitOldestFirst() {
    inWrite(() -> {
      for (int i = 0; i < 5; i++) {
        store.outbox().enqueue(OutboxMessage.due("m-" + i, Topic.INVITATION_RECEIVED, CitizenId.of("granny"), null,
            null, T0.plusSeconds(i)));
      }
    });
    assertThat(inWrite(() -> store.outbox().claimDue(T0.plusSeconds(10), T0.plusSeconds(100), 2)))
        .extracting(OutboxMessage::id).containsExactly("m-0", "m-1");
  }

  @Test
  void aClaimComesBackWithItsLeaseAsItsToken() {
    inWrite(() -> store.outbox().enqueue(notice("m-1")));
    Instant lease = T0.plus(Duration.ofMinutes(5));

    assertThat(inWrite(() -> store.outbox().claimDue(T0, lease, 10))).singleElement()
        .extracting(OutboxMessage::nextAttemptAt).isEqualTo(lease);
  }

  @Test
  void aStaleHolderCanNeitherRecordAVerdictNorRenewOnceAnotherRunHasClaimedTheMessage() {
    inWrite(() -> store.outbox().enqueue(notice("m-1")));
    Instant first = T0.plus(Duration.ofMinutes(5));
    Instant second = T0.plus(Duration.ofMinutes(10));
    inWrite(() -> store.outbox().claimDue(T0, first, 10));
    // The first run is slower than its lease: a second run claims the message again.
    assertThat(inWrite(() -> store.outbox().claimDue(first, second, 10))).hasSize(1);

    assertThat(inWrite(() -> store.outbox().renewLease("m-1", first, second.plusSeconds(1)))).isFalse();
    assertThat(inWrite(() -> store.outbox().markFailed("m-1", first, 1, T0.plus(Duration.ofHours(1)), "late"))).isFalse();
    assertThat(inWrite(() -> store.outbox().markDelivered("m-1", first, first))).isFalse();
    assertThat(inRead(() -> store.outbox().undelivered())).isEqualTo(1);

    assertThat(inWrite(() -> store.outbox().markDelivered("m-1", second, first.plusSeconds(1)))).isTrue();
    assertThat(inRead(() -> store.outbox().undelivered())).isZero();
    assertThat(inWrite(() -> store.outbox().markDelivered("m-1", second, first.plusSeconds(2)))).isFalse();
  }

  @Test
  void aRenewedClaimKeepsOtherRunsOffUntilItsNewLease() {
    inWrite(() -> store.outbox().enqueue(notice("m-1")));
    Instant first = T0.plus(Duration.ofMinutes(5));
    Instant renewed = T0.plus(Duration.ofMinutes(8));
    inWrite(() -> store.outbox().claimDue(T0, first, 10));

    assertThat(inWrite(() -> store.outbox().renewLease("m-1", first, renewed))).isTrue();

    assertThat(inWrite(() -> store.outbox().claimDue(first, first.plusSeconds(1), 10))).isEmpty();
    assertThat(inWrite(() -> store.outbox().markDelivered("m-1", first, first))).isFalse();
    assertThat(inWrite(() -> store.outbox().markDelivered("m-1", renewed, first))).isTrue();
  }
}
