package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.TrustedPersonFacts;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.diaryaccess.spi.DiaryStore#trustedPersonFacts()}: whatever shortcut a
 * store takes, it reads exactly what the separate ports give — the records by the citizen's key
 * contacts, each with its live grants and its pending invitations, and everyone they name.
 */
public abstract class TrustedPersonFactsContract extends StoreContract {
  private static final List<Set<ContactField>> KEY_SETS = List.of(Set.of(ContactField.MOBILE_PHONE),
      Set.of(ContactField.EMAIL, ContactField.SNILS), EnumSet.allOf(ContactField.class));

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected TrustedPersonFactsContract(StoreProvider stores) {
    super(stores);
  }

  private TrustedPersonFacts.Facts composed(String citizen, Set<ContactField> keys) {
    TrustedPersonFacts ports = TrustedPersonFacts.composedOf(store.citizens(), store.schoolRegister(),
        store.invitations(), store.grants());
    return inRead(() -> ports.load(CitizenId.of(citizen), keys));
  }

  private TrustedPersonFacts.Facts stores(String citizen, Set<ContactField> keys) {
    return inRead(() -> store.trustedPersonFacts().load(CitizenId.of(citizen), keys));
  }

  /** The mother and the father of two children; the granny with one grant ended, one live; the nanny invited for both. */
  private void aFamilyWithTrustedPersons() {
    saveCitizen(citizen("mother", "Иванченко", "mail@yandex.ru", "+79261234567", null));
    saveCitizen(citizen("father", "Кубарев", "d@mail.ru", "+79252223344", "112-233-445 95"));
    saveCitizen(citizen("granny", "Кубарева", "nina@mail.ru", "+79031112233", null));
    saveCitizen(citizen("nanny", "Соколова", "olga@mail.ru", "+79154445566", null));
    inWrite(() -> store.schoolRegister().upsert(List.of(
        record("p-1", "+79167654321", "+79261234567", "+79252223344"),
        record("p-2", null, "+79261234567", "+79252223344"),
        record("p-3", null, "+79990001122"))));
    Grant ended = grant("g-0", "granny", "p-1");
    inWrite(() -> store.grants().insert(ended));
    inWrite(() -> store.grants().update(ended.revoke(CitizenId.of("grantor"), T0)));
    inWrite(() -> {
      store.grants().insert(grant("g-1", "granny", "p-1"));
      store.grants().insert(grant("g-2", "granny", "p-3"));
      store.invitations().insert(new Invitation(InvitationId.of("i-1"), CitizenId.of("mother"), CitizenId.of("nanny"),
          Service.E_DIARY, List.of(PupilRecordId.of("p-2"), PupilRecordId.of("p-1")), Set.of(DiarySection.GRADES), null,
          InvitationState.PENDING, T0, T0.plusSeconds(30L * 24 * 3600), null, 0));
      store.invitations().insert(invitation("i-2", "father", "granny", "p-2", T0));
    });
    Invitation answered = invitation("i-3", "mother", "granny", "p-1", T0);
    inWrite(() -> store.invitations().insert(answered));
    inWrite(() -> store.invitations().update(answered.decline(T0.plusSeconds(60))));
  }

  @Test
  void readsWhatThePortsGive() {
    aFamilyWithTrustedPersons();
    for (Set<ContactField> keys : KEY_SETS) {
      for (String citizen : List.of("mother", "father", "granny", "nanny", "nobody")) {
        assertThat(stores(citizen, keys)).as("facts of %s by %s", citizen, keys).isEqualTo(composed(citizen, keys));
      }
    }
  }

  @Test
  void aChildComesWithItsLiveGrantsItsPendingInvitationsAndEveryoneTheyName() {
    aFamilyWithTrustedPersons();
    TrustedPersonFacts.Facts mother = stores("mother", Set.of(ContactField.MOBILE_PHONE));

    assertThat(mother.citizen().id()).isEqualTo(CitizenId.of("mother"));
    assertThat(mother.children()).extracting(child -> child.record().id().value()).containsExactly("p-1", "p-2");
    TrustedPersonFacts.Child anton = mother.children().get(0);
    assertThat(anton.record().representatives()).hasSize(2);
    assertThat(anton.liveGrants()).extracting(g -> g.id().value()).as("the ended one is not read").containsExactly("g-1");
    assertThat(anton.pendingInvitations()).extracting(i -> i.id().value()).as("the declined one is not read")
        .containsExactly("i-1");
    assertThat(anton.pendingInvitations().get(0).pupils()).as("with every child it names").hasSize(2);
    assertThat(mother.children().get(1).pendingInvitations()).extracting(i -> i.id().value())
        .containsExactly("i-1", "i-2");
    assertThat(mother.people().keySet()).extracting(CitizenId::value)
        .containsExactlyInAnyOrder("granny", "mother", "nanny", "father");
  }

  @Test
  void anUnknownCitizenGetsNothingElse() {
    aFamilyWithTrustedPersons();
    assertThat(stores("nobody", EnumSet.allOf(ContactField.class))).isEqualTo(TrustedPersonFacts.Facts.unknownCitizen());
    assertThat(stores("nanny", EnumSet.allOf(ContactField.class)).children()).as("a citizen no record holds").isEmpty();
  }
}
