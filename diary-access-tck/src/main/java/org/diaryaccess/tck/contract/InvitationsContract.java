package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.Test;

/** The contract of {@link org.diaryaccess.spi.Invitations}. */
public abstract class InvitationsContract extends StoreContract {

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected InvitationsContract(StoreProvider stores) {
    super(stores);
  }

  @Test
  void storesFindsAndUpdatesByVersion() {
    Invitation sent = invitation("inv-1", "mother", "granny", "p-1", T0);
    inWrite(() -> store.invitations().insert(sent));
    Invitation accepted = sent.accept(T0.plusSeconds(60));
    inWrite(() -> store.invitations().update(accepted));

    assertThat(inRead(() -> store.invitations().findById(InvitationId.of("inv-1")))).contains(accepted);
  }

  @Test
  void invitationsStoredTogetherAreStoredAsOneByOne() {
    Invitation first = invitation("inv-1", "mother", "granny", "p-1", T0);
    Invitation second = invitation("inv-2", "mother", "nanny", "p-1", T0.plusSeconds(1));
    inWrite(() -> store.invitations().insertAll(List.of(first, second)));

    assertThat(inRead(() -> store.invitations().findById(InvitationId.of("inv-2")))).contains(second);
    assertThat(inRead(() -> store.invitations().pendingFor(PupilRecordId.of("p-1")))).containsExactly(first, second);
    assertThat(inRead(() -> store.invitations().countSentSince(CitizenId.of("mother"), T0))).isEqualTo(2);
  }

  @Test
  void aStaleUpdateIsRefusedAsAConcurrentUpdate() {
    Invitation sent = invitation("inv-1", "mother", "granny", "p-1", T0);
    inWrite(() -> store.invitations().insert(sent));
    inWrite(() -> store.invitations().update(sent.decline(T0)));

    assertThatThrownBy(() -> inWrite(() -> store.invitations().update(sent.accept(T0))))
        .isInstanceOf(TransientStorageException.class);
    assertThat(inRead(() -> store.invitations().findById(sent.id())).orElseThrow().state())
        .isEqualTo(InvitationState.DECLINED);
  }

  @Test
  void pendingForAChildListsOnlyPendingOnes() {
    inWrite(() -> {
      store.invitations().insert(invitation("inv-1", "mother", "granny", "p-1", T0));
      store.invitations().insert(invitation("inv-2", "mother", "nanny", "p-1", T0));
      store.invitations().insert(invitation("inv-3", "mother", "tutor", "p-2", T0));
    });
    Invitation second = inRead(() -> store.invitations().findById(InvitationId.of("inv-2"))).orElseThrow();
    inWrite(() -> store.invitations().update(second.cancel(T0)));

    assertThat(inRead(() -> store.invitations().pendingFor(PupilRecordId.of("p-1"))))
        .extracting(i -> i.id().value()).containsExactly("inv-1");
  }

  @Test
  void countsSendsAndDeclinesInTheirWindows() {
    inWrite(() -> {
      store.invitations().insert(invitation("inv-1", "mother", "granny", "p-1", T0));
      store.invitations().insert(invitation("inv-2", "mother", "granny", "p-1", T0.plus(Duration.ofHours(2))));
      store.invitations().insert(invitation("inv-3", "father", "granny", "p-1", T0.plus(Duration.ofHours(3))));
    });
    for (String id : new String[] {"inv-1", "inv-2", "inv-3"}) {
      Invitation i = inRead(() -> store.invitations().findById(InvitationId.of(id))).orElseThrow();
      inWrite(() -> store.invitations().update(i.decline(i.sentAt().plusSeconds(10))));
    }
    CitizenId mother = CitizenId.of("mother");
    CitizenId granny = CitizenId.of("granny");
    PupilRecordId p1 = PupilRecordId.of("p-1");

    assertThat(inRead(() -> store.invitations().countSentSince(mother, T0))).isEqualTo(2);
    assertThat(inRead(() -> store.invitations().countSentSince(mother, T0.plus(Duration.ofHours(1))))).isEqualTo(1);
    assertThat(inRead(() -> store.invitations().declinedSince(granny, mother, p1, T0)))
        .containsExactly(T0.plusSeconds(10), T0.plus(Duration.ofHours(2)).plusSeconds(10));
    assertThat(inRead(() -> store.invitations().declinedSince(granny, mother, p1, T0.plus(Duration.ofHours(1)))))
        .containsExactly(T0.plus(Duration.ofHours(2)).plusSeconds(10));
    assertThat(inRead(() -> store.invitations().declinedSince(granny, mother, PupilRecordId.of("p-2"), T0)))
        .isEmpty();
  }

  @Test
  void listsSentAndReceivedByStateInPagesWithStableCursors() {
    inWrite(() -> {
      for (int i = 1; i <= 5; i++) {
        store.invitations().insert(invitation("inv-" + i, "mother", "granny", "p-" + i, T0));
      }
    });
    Invitation third = inRead(() -> store.invitations().findById(InvitationId.of("inv-3"))).orElseThrow();
    inWrite(() -> store.invitations().update(third.decline(T0)));

    Page<Invitation> first = inRead(() -> store.invitations().sentBy(CitizenId.of("mother"),
        Set.of(InvitationState.PENDING), T0, PageRequest.first(2)));
    assertThat(first.items()).extracting(i -> i.id().value()).containsExactly("inv-1", "inv-2");
    Page<Invitation> second = inRead(() -> store.invitations().sentBy(CitizenId.of("mother"),
        Set.of(InvitationState.PENDING), T0, PageRequest.after(first.next().orElseThrow(), 2)));
    assertThat(second.items()).extracting(i -> i.id().value()).containsExactly("inv-4", "inv-5");
    assertThat(second.next()).isEmpty();

    assertThat(inRead(() -> store.invitations().receivedBy(CitizenId.of("granny"), Set.of(), T0, PageRequest.first(10)))
        .items()).hasSize(5);
    assertThat(inRead(() -> store.invitations().receivedBy(CitizenId.of("mother"), Set.of(), T0, PageRequest.first(10)))
        .items()).isEmpty();
  }

  @Test
  void findsPendingInvitationsPastTheirExpiry() {
    inWrite(() -> {
      store.invitations().insert(invitation("inv-1", "mother", "granny", "p-1", T0));
      store.invitations().insert(invitation("inv-2", "mother", "nanny", "p-1", T0.plus(Duration.ofDays(1))));
    });
    assertThat(inRead(() -> store.invitations().pendingExpiredAt(T0.plus(Duration.ofDays(30)), 10)))
        .extracting(i -> i.id().value()).containsExactly("inv-1");
    assertThat(inRead(() -> store.invitations().pendingExpiredAt(T0.plus(Duration.ofDays(29)), 10))).isEmpty();
  }

  @Test
  void statesAreFilteredAsTheyStandAtTheInstantAsked() {
    Instant sent = T0;
    inWrite(() -> {
      store.invitations().insert(invitation("inv-old", "mother", "granny", "p-1", sent));
      store.invitations().insert(invitation("inv-new", "mother", "granny", "p-2", sent.plus(Duration.ofDays(10))));
      store.invitations().insert(invitation("inv-gone", "mother", "granny", "p-3", sent));
    });
    Invitation gone = inRead(() -> store.invitations().findById(InvitationId.of("inv-gone"))).orElseThrow();
    inWrite(() -> store.invitations().update(gone.cancel(sent.plusSeconds(5))));
    // Thirty-one days on: the first is past its expiry, the second is not.
    Instant later = sent.plus(Duration.ofDays(31));
    CitizenId mother = CitizenId.of("mother");
    CitizenId granny = CitizenId.of("granny");

    assertThat(inRead(() -> store.invitations().sentBy(mother, Set.of(InvitationState.PENDING), later,
        PageRequest.first(10))).items()).extracting(i -> i.id().value()).containsExactly("inv-new");
    assertThat(inRead(() -> store.invitations().receivedBy(granny, Set.of(InvitationState.EXPIRED), later,
        PageRequest.first(10))).items()).extracting(i -> i.id().value()).containsExactly("inv-old");
    assertThat(inRead(() -> store.invitations().sentBy(mother, Set.of(InvitationState.EXPIRED,
        InvitationState.CANCELLED), later, PageRequest.first(10))).items()).extracting(i -> i.id().value())
        .containsExactly("inv-gone", "inv-old");
    assertThat(inRead(() -> store.invitations().sentBy(mother, Set.of(InvitationState.PENDING), sent,
        PageRequest.first(10))).items()).extracting(i -> i.id().value()).containsExactly("inv-new", "inv-old");
    assertThat(inRead(() -> store.invitations().sentBy(mother, Set.of(), later, PageRequest.first(10))).items())
        .hasSize(3);
  }
}
