package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.Test;

/** The contract of {@link org.diaryaccess.spi.UnitOfWork}: all or nothing, across every port. */
public abstract class UnitOfWorkContract extends StoreContract {

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected UnitOfWorkContract(StoreProvider stores) {
    super(stores);
  }

  @Test
  void aFailingUnitOfWorkLeavesNothingBehindInAnyPort() {
    assertThatThrownBy(() -> inWrite(() -> {
      store.invitations().insert(invitation("inv-1", "mother", "granny", "p-1", T0));
      store.grants().insert(grant("g-1", "granny", "p-1"));
      store.outbox().enqueue(OutboxMessage.due("m-1", Topic.INVITATION_RECEIVED, CitizenId.of("granny"), null, null, T0));
      store.auditLog().append(new AuditEntry(0, T0, null, AuditAction.SEND, AuditOutcome.DONE, null, null, null,
          List.of(), null));
      store.schoolRegister().upsert(List.of(record("p-1", "+79167654321", "+79261234567")));
      throw new IllegalStateException("boom: a statement failed mid-command");
    })).hasMessageContaining("boom");

    assertThat(inRead(() -> store.invitations().findById(InvitationId.of("inv-1")))).isEmpty();
    assertThat(inRead(() -> store.grants().findById(grant("g-1", "granny", "p-1").id()))).isEmpty();
    assertThat(inRead(() -> store.outbox().undelivered())).isZero();
    assertThat(inRead(() -> store.auditLog().read(PageRequest.first(10)).items())).isEmpty();
    assertThat(inRead(() -> store.schoolRegister().findByContact(MobilePhone.parse("+79261234567")))).isEmpty();
  }

  @Test
  void aFailedUpdateIsUndoneAndARetrySucceeds() {
    Invitation sent = invitation("inv-1", "mother", "granny", "p-1", T0);
    inWrite(() -> store.invitations().insert(sent));
    assertThatThrownBy(() -> inWrite(() -> {
      store.invitations().update(sent.accept(T0));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(inRead(() -> store.invitations().findById(sent.id())).orElseThrow().state())
        .isEqualTo(InvitationState.PENDING);
    inWrite(() -> store.invitations().update(sent.accept(T0)));
    assertThat(inRead(() -> store.invitations().findById(sent.id())).orElseThrow().state())
        .isEqualTo(InvitationState.ACCEPTED);
  }

  @Test
  void ofTwoConcurrentUpdatesOfOneVersionExactlyOneWins() throws Exception {
    Invitation sent = invitation("inv-1", "mother", "granny", "p-1", T0);
    inWrite(() -> store.invitations().insert(sent));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        InvitationState target = i % 2 == 0 ? InvitationState.ACCEPTED : InvitationState.DECLINED;
        results.add(pool.submit(() -> {
          try {
            return inWrite(() -> {
              Invitation current = store.invitations().findById(sent.id()).orElseThrow();
              if (current.state() != InvitationState.PENDING) {
                return false;
              }
              store.invitations().update((target == InvitationState.ACCEPTED ? current.accept(T0) : current.decline(T0)));
              return true;
            });
          } catch (TransientStorageException e) {
            return false;
          }
        }));
      }
      int winners = 0;
      for (Future<Boolean> result : results) {
        winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      Invitation stored = inRead(() -> store.invitations().findById(sent.id())).orElseThrow();
      assertThat(stored.version()).isEqualTo(1);
      assertThat(stored.state()).isIn(InvitationState.ACCEPTED, InvitationState.DECLINED);
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
