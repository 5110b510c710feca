package org.diaryaccess.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.diaryaccess.spi.DecisionFacts;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.junit.jupiter.api.Test;

/**
 * What a decision reads of the one who asks — the profile and the grants live for them as trustee
 * — is written by two ports: each comes and goes on its own, and a unit of work undone takes both
 * back.
 */
class ProfileAndLiveGrantsTest {
  private static final CitizenId MOTHER = CitizenId.of("mother");
  private static final CitizenId GRANDMOTHER = CitizenId.of("grandmother");
  private static final PupilRecordId PUPIL = PupilRecordId.of("p-1");
  private static final Instant AT = Instant.parse("2026-09-01T06:00:00Z");

  private final InMemoryStore store = new InMemoryStore();

  @Test
  void aLiveGrantOutlivesItsTrusteesProfileChangesAndTheProfileOutlivesTheGrant() {
    Grant grant = activeGrant("g-1");
    store.grants().insert(grant);
    // A grant may name a trustee the registry does not hold: no profile, so no asker.
    assertThat(store.grants().liveForTrustee(GRANDMOTHER)).containsExactly(grant);
    assertThat(store.accessFacts().decisionFacts(GRANDMOTHER, PUPIL)).isEqualTo(DecisionFacts.unknownCitizen());
    assertThat(store.citizens().size()).isZero();

    store.citizens().save(grandmother("first@mail.ru"));
    store.citizens().save(grandmother("second@mail.ru"));
    DecisionFacts facts = store.accessFacts().decisionFacts(GRANDMOTHER, PUPIL);
    assertThat(facts.asker()).isEqualTo(grandmother("second@mail.ru").contacts());
    assertThat(facts.liveGrants()).extracting(DecisionFacts.Terms::id).containsExactly(grant.id());
    assertThat(store.citizens().size()).isEqualTo(1);

    store.grants().update(grant.revoke(MOTHER, AT.plusSeconds(60)));
    assertThat(store.grants().liveForTrustee(GRANDMOTHER)).isEmpty();
    assertThat(store.accessFacts().decisionFacts(GRANDMOTHER, PUPIL).liveGrants()).isEmpty();
    assertThat(store.citizens().findById(GRANDMOTHER)).contains(grandmother("second@mail.ru"));
    assertThat(store.citizens().size()).isEqualTo(1);
  }

  @Test
  void aUnitOfWorkUndoneTakesBackBothHalves() {
    store.citizens().save(grandmother("first@mail.ru"));
    assertThatThrownBy(() -> store.unitOfWork().write(() -> {
      store.citizens().save(grandmother("second@mail.ru"));
      store.grants().insert(activeGrant("g-1"));
      throw new IllegalStateException("undone");
    })).hasMessage("undone");

    assertThat(store.citizens().findById(GRANDMOTHER)).contains(grandmother("first@mail.ru"));
    assertThat(store.grants().liveForTrustee(GRANDMOTHER)).isEmpty();
    assertThat(store.accessFacts().decisionFacts(GRANDMOTHER, PUPIL))
        .isEqualTo(new DecisionFacts(grandmother("first@mail.ru").contacts(), null, List.of()));
    assertThat(store.citizens().size()).isEqualTo(1);
  }

  private static Citizen grandmother(String email) {
    return new Citizen(GRANDMOTHER, PersonName.of("Бабушка", "Анна"), LocalDate.of(1955, 1, 1), null,
        Contacts.of(email, "+79161234567", null));
  }

  private static Grant activeGrant(String id) {
    return new Grant(GrantId.of(id), InvitationId.of("i-" + id), MOTHER, GRANDMOTHER, PUPIL, Service.E_DIARY,
        EnumSet.of(DiarySection.GRADES), null, GrantState.ACTIVE, AT, AT.plusSeconds(86_400), AT, null, null, null, 0);
  }
}
