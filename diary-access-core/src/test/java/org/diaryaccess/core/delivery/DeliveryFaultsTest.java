package org.diaryaccess.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.MutableClock;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.delivery.Notice;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * At-least-once delivery where it could break: the receiver taking a notice and losing its reply,
 * the store failing to record a delivery, an instance dying between delivery and record, a
 * receiver slower than the claim's lease while another instance runs. A notice is never lost;
 * when it arrives again it carries the same idempotency key; and an instance whose claim has
 * passed to another can no longer record anything about the message.
 */
class DeliveryFaultsTest {
  private final MutableClock clock = new MutableClock(Guide.SCHOOL_YEAR_STARTS);
  private final InMemoryStore store = new InMemoryStore();
  /** Every key the notification centre was handed, in order, repeats included. */
  private final List<String> handed = Collections.synchronizedList(new ArrayList<>());
  private Consumer<Notice> behaviour = notice -> { };

  private final NotificationCentre centre = NotificationCentre.of(notice -> {
    handed.add(notice.idempotencyKey());
    behaviour.accept(notice);
  });

  private DiaryAccess instance(Outbox outbox) {
    return DiaryAccess.builder().store(store).outbox(outbox).notificationCentre(centre)
        .diaryProvisioning(new RecordingDiaryProvisioning()).clock(clock).build();
  }

  private final DiaryAccess a = instance(store.outbox());
  private final DiaryAccess b = instance(store.outbox());

  @BeforeEach
  void theFamily() {
    store.citizens().saveAll(List.of(Guide.vasilisa(), Guide.nina()));
    store.schoolRegister().upsert(List.of(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer())));
  }

  private int undelivered() {
    return store.unitOfWork().read(() -> store.outbox().undelivered());
  }

  @Test
  void aNoticeTakenWhoseReplyIsLostArrivesAgainUnderTheSameKey() {
    a.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
    AtomicBoolean replyLost = new AtomicBoolean(true);
    behaviour = notice -> {
      if (replyLost.getAndSet(false)) {
        throw new IllegalStateException("connection reset after the notice was stored");
      }
    };

    assertThat(a.housekeeping().failedDeliveries()).isEqualTo(1);
    assertThat(undelivered()).isEqualTo(1);
    clock.advance(OutboxDelivery.FIRST_BACKOFF);
    assertThat(a.housekeeping().delivered()).isEqualTo(1);

    assertThat(handed).hasSize(2).containsOnly(handed.get(0));
    assertThat(undelivered()).isZero();
  }

  @Test
  void aDeliveryTheStoreFailsToRecordIsRepeatedUnderTheSameKeyOnceItsClaimRunsOut() {
    a.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
    DiaryAccess failingToRecord = instance(new ForwardingOutbox(store.outbox()) {
      @Override
      public boolean markDelivered(String id, Instant heldUntil, Instant at) {
        throw new IllegalStateException("the database went away after the delivery");
      }
    });

    assertThat(failingToRecord.housekeeping().failedDeliveries()).isZero();
    assertThat(undelivered()).isEqualTo(1);
    assertThat(b.housekeeping().delivered()).as("not before the claim runs out").isZero();
    clock.advance(OutboxDelivery.LEASE);
    assertThat(b.housekeeping().delivered()).isEqualTo(1);

    assertThat(handed).hasSize(2).containsOnly(handed.get(0));
    assertThat(undelivered()).isZero();
  }

  @Test
  void anInstanceDyingBetweenDeliveryAndRecordLeavesTheNoticeToAnotherUnderTheSameKey() {
    a.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
    // Instance A claims and delivers, then dies before it records anything.
    Instant now = clock.instant();
    OutboxMessage claimed = store.unitOfWork().write(() -> store.outbox().claimDue(now, now.plus(OutboxDelivery.LEASE), 10))
        .get(0);
    handed.add(claimed.id());

    clock.advance(OutboxDelivery.LEASE);
    assertThat(b.housekeeping().delivered()).isEqualTo(1);

    assertThat(handed).hasSize(2).containsOnly(claimed.id());
    assertThat(undelivered()).isZero();
  }

  @Test
  void aReceiverSlowerThanTheLeaseMayGetANoticeTwiceButTheStaleInstanceCannotUndoTheOthersRecord() {
    a.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
    AtomicBoolean first = new AtomicBoolean(true);
    behaviour = notice -> {
      if (first.getAndSet(false)) {
        // A's delivery hangs past its lease; meanwhile B claims, delivers and records it.
        clock.advance(OutboxDelivery.LEASE.plusMinutes(1));
        assertThat(b.housekeeping().delivered()).isEqualTo(1);
        throw new IllegalStateException("timed out after the receiver stored it");
      }
    };

    assertThat(a.housekeeping().failedDeliveries()).isEqualTo(1);

    // A's late failure did not reschedule what B delivered.
    assertThat(undelivered()).isZero();
    clock.advance(Duration.ofHours(2));
    assertThat(b.housekeeping().delivered()).isZero();
    assertThat(handed).hasSize(2).containsOnly(handed.get(0));
  }

  @Test
  void aSlowBatchRenewsItsClaimsSoThatAnotherInstanceTakesNoneOfItsTail() {
    DueNotices.enqueue(store, 12, clock.instant());
    List<Integer> deliveredByB = new ArrayList<>();
    behaviour = notice -> {
      clock.advance(Duration.ofMinutes(1)); // twelve notices, twelve minutes: over two leases
      if (handed.size() == 9) {
        deliveredByB.add(b.housekeeping().delivered());
      }
    };

    assertThat(a.housekeeping().delivered()).isEqualTo(12);

    assertThat(deliveredByB).containsExactly(0);
    assertThat(handed).hasSize(12).doesNotHaveDuplicates();
    assertThat(undelivered()).isZero();
  }
}
