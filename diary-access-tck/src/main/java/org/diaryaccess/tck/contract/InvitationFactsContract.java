package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.InvitationFacts.Decline;
import org.diaryaccess.spi.InvitationFacts.Facts;
import org.diaryaccess.spi.InvitationFacts;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.Service;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.diaryaccess.spi.DiaryStore#invitationFacts()}: whatever shortcut a
 * store takes, it reads what the separate ports give — the inviter, the candidates, the records,
 * the pending invitations and live grants naming the children (each once), the declines within
 * the window and the sends within the window.
 */
public abstract class InvitationFactsContract extends StoreContract {
  private static final Instant NOW = T0.plus(Duration.ofDays(2));
  private static final Instant SENT_SINCE = NOW.minus(Duration.ofHours(24));
  private static final Instant DECLINED_SINCE = NOW.minus(Duration.ofDays(30));
  private static final PupilRecordId P1 = PupilRecordId.of("p-1");
  private static final PupilRecordId P2 = PupilRecordId.of("p-2");
  private static final PupilRecordId P3 = PupilRecordId.of("p-3");

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected InvitationFactsContract(StoreProvider stores) {
    super(stores);
  }

  @BeforeEach
  void aFamilyWithHistory() {
    saveCitizen(citizen("mother", "Иванченко", "mail@yandex.ru", "+79261234567", null));
    saveCitizen(citizen("granny", "Кубарева", "nina@mail.ru", "+79031112233", "112-233-445 95"));
    saveCitizen(citizen("namesake", "Кубарева", "other@mail.ru", "+79031112233", null));
    saveCitizen(citizen("nanny", "Соколова", "olga@mail.ru", "+79154445566", null));
    inWrite(() -> store.schoolRegister().upsert(List.of(record("p-1", null, "+79261234567", "+79252223344"),
        record("p-2", null, "+79261234567"), record("p-3", null, "+79261234567"))));
    // Pending: one naming both children, one only the third child, one answered since.
    inWrite(() -> store.invitations().insert(Invitation.pending(InvitationId.of("i-both"), CitizenId.of("mother"),
        CitizenId.of("nanny"), Service.E_DIARY, List.of(P1, P2), Service.E_DIARY.sections(), null,
        NOW.minus(Duration.ofHours(1)), Duration.ofDays(30))));
    inWrite(() -> store.invitations().insert(invitation("i-third", "mother", "nanny", "p-3", T0)));
    Invitation accepted = invitation("i-accepted", "father", "nanny", "p-1", T0);
    inWrite(() -> store.invitations().insert(accepted));
    inWrite(() -> store.invitations().update(accepted.accept(T0.plusSeconds(60))));
    // Declines by the granny of the mother's invitations: two in the window, one before it.
    declined("i-declined-1", "mother", "granny", "p-1", T0);
    declined("i-declined-2", "mother", "granny", "p-1", T0.plusSeconds(3600));
    declined("i-declined-old", "mother", "granny", "p-1", DECLINED_SINCE.minus(Duration.ofDays(5)));
    declined("i-declined-other", "father", "granny", "p-1", T0);
    // Grants: live for the first child, ended for it, live for the third.
    inWrite(() -> store.grants().insert(grant("g-live", "granny", "p-1")));
    Grant ended = grant("g-ended", "nanny", "p-1");
    inWrite(() -> store.grants().insert(ended));
    inWrite(() -> store.grants().update(ended.revoke(CitizenId.of("grantor"), T0)));
    inWrite(() -> store.grants().insert(grant("g-third", "nanny", "p-3")));
  }

  private void declined(String id, String inviter, String invitee, String pupil, Instant sentAt) {
    Invitation sent = invitation(id, inviter, invitee, pupil, sentAt);
    inWrite(() -> store.invitations().insert(sent));
    inWrite(() -> store.invitations().update(sent.decline(sentAt.plusSeconds(10))));
  }

  private Facts load(String inviter, ContactValue invitee, PupilRecordId... pupils) {
    InvitationFacts.Query query = new InvitationFacts.Query(CitizenId.of(inviter), Set.of(pupils), invitee,
        SENT_SINCE, DECLINED_SINCE);
    return inRead(() -> store.invitationFacts().load(query));
  }

  @Test
  void readsEachKindOfFactForTheChildrenNamed() {
    Facts facts = load("mother", MobilePhone.parse("+79031112233"), P1, P2);

    assertThat(facts.inviter()).extracting(Citizen::id).isEqualTo(CitizenId.of("mother"));
    assertThat(facts.records()).extracting(PupilRecord::id).containsExactlyInAnyOrder(P1, P2);
    assertThat(facts.records()).filteredOn(r -> r.id().equals(P1)).singleElement()
        .satisfies(r -> assertThat(r.representatives()).hasSize(2));
    assertThat(facts.inviteeCandidates()).extracting(c -> c.id().value())
        .containsExactlyInAnyOrder("granny", "namesake");
    assertThat(facts.pending()).singleElement().satisfies(i -> {
      assertThat(i.id()).isEqualTo(InvitationId.of("i-both"));
      assertThat(i.pupils()).containsExactly(P1, P2);
    });
    assertThat(facts.liveGrants()).extracting(g -> g.id().value()).containsExactly("g-live");
    assertThat(facts.declines()).filteredOn(d -> d.invitee().equals(CitizenId.of("granny")))
        .containsExactlyInAnyOrder(new Decline(CitizenId.of("granny"), P1, T0.plusSeconds(10)),
            new Decline(CitizenId.of("granny"), P1, T0.plusSeconds(3610)));
    assertThat(facts.sentInWindow()).isEqualTo(1);
  }

  @Test
  void findsTheInviteeBySnilsToo() {
    assertThat(load("mother", Snils.parse("112-233-445 95"), P1).inviteeCandidates())
        .extracting(c -> c.id().value()).containsExactly("granny");
  }

  @Test
  void anUnknownInviterReadsNothingElse() {
    Facts facts = load("nobody", MobilePhone.parse("+79031112233"), P1);

    assertThat(facts).isEqualTo(Facts.unknownInviter());
  }

  @Test
  void readsWhatThePortsGive() {
    InvitationFacts composed = InvitationFacts.composedOf(store.citizens(), store.schoolRegister(),
        store.invitations(), store.grants());
    for (String inviter : List.of("mother", "father", "granny", "nobody")) {
      for (ContactValue invitee : List.of(MobilePhone.parse("+79031112233"), MobilePhone.parse("+79154445566"),
          Snils.parse("112-233-445 95"), MobilePhone.parse("+79990001122"))) {
        for (Set<PupilRecordId> pupils : List.of(Set.of(P1), Set.of(P1, P2), Set.of(P3), Set.of(PupilRecordId.of("p-none")))) {
          InvitationFacts.Query query = new InvitationFacts.Query(CitizenId.of(inviter), pupils, invitee,
              SENT_SINCE, DECLINED_SINCE);
          assertThat(normalised(inRead(() -> store.invitationFacts().load(query))))
              .as("facts for %s inviting %s for %s", inviter, invitee, pupils)
              .isEqualTo(normalised(inRead(() -> composed.load(query))));
        }
      }
    }
  }

  /** The facts in id order, with the declines the rule can read: those of a candidate. */
  private static Facts normalised(Facts facts) {
    List<CitizenId> candidates = facts.inviteeCandidates().stream().map(Citizen::id).toList();
    return new Facts(facts.inviter(),
        facts.records().stream().sorted(Comparator.comparing(PupilRecord::id)).toList(),
        facts.inviteeCandidates().stream().sorted(Comparator.comparing(Citizen::id)).toList(),
        facts.pending().stream().sorted(Comparator.comparing(Invitation::id)).toList(),
        facts.liveGrants().stream().sorted(Comparator.comparing(Grant::id)).toList(),
        facts.declines().stream().filter(d -> candidates.contains(d.invitee()))
            .sorted(Comparator.comparing(Decline::invitee).thenComparing(Decline::pupil).thenComparing(Decline::at))
            .toList(),
        facts.sentInWindow());
  }
}
