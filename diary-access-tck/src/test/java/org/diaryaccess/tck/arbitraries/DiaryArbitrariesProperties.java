package org.diaryaccess.tck.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/** The kit's arbitraries draw what they promise, and what they draw a store can hold and find. */
class DiaryArbitrariesProperties {

  @Provide
  Arbitrary<List<PupilRecord>> registers() {
    return DiaryArbitraries.uniqueBy(DiaryArbitraries.pupilRecords(), PupilRecord::id, 6);
  }

  @Provide
  Arbitrary<List<Citizen>> profiles() {
    return DiaryArbitraries.uniqueBy(DiaryArbitraries.citizens(), Citizen::id, 8);
  }

  @Provide
  Arbitrary<Invitation> invitations() {
    return DiaryArbitraries.invitations();
  }

  @Provide
  Arbitrary<Grant> grants() {
    return DiaryArbitraries.grants();
  }

  @Provide
  Arbitrary<@Nullable String> hostile() {
    return HostileText.contactLike();
  }

  @Property(tries = 300)
  void everyDrawnRecordIsFoundByItsIdAndByEveryValidContactOnIt(@ForAll("registers") List<PupilRecord> records) {
    InMemoryStore store = new InMemoryStore();
    store.unitOfWork().write(() -> {
      store.schoolRegister().upsert(records);
      return null;
    });
    for (PupilRecord record : records) {
      assertThat(store.unitOfWork().read(() -> store.schoolRegister().findById(record.id()))).contains(record);
      List<Contacts> all = new java.util.ArrayList<>(List.of(record.contacts()));
      record.representatives().stream().map(LegalRepresentative::contacts).forEach(all::add);
      for (ContactValue value : all.stream().flatMap(c -> c.values().stream()).toList()) {
        assertThat(store.unitOfWork().read(() -> store.schoolRegister().findByContact(value))).contains(record);
      }
      Statistics.label("representatives").collect(record.representatives().size());
    }
  }

  @Property(tries = 300)
  void everyDrawnProfileIsFoundByEveryValidContact(@ForAll("profiles") List<Citizen> citizens) {
    InMemoryStore store = new InMemoryStore();
    store.unitOfWork().write(() -> {
      store.citizens().saveAll(citizens);
      return null;
    });
    for (Citizen citizen : citizens) {
      for (ContactValue value : citizen.contacts().values()) {
        assertThat(store.unitOfWork().read(() -> store.citizens().findByContact(value))).contains(citizen);
      }
      Statistics.label("valid contacts").collect(citizen.contacts().values().size());
      Statistics.label("a field not valid").collect(!citizen.contacts().problems().isEmpty());
    }
    Statistics.label("a field not valid").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property
  void hostileContactTextParsesAsNoContact(@ForAll("hostile") @Nullable String text) {
    assertThat(Contacts.of(text, text, text).values()).isEmpty();
  }

  @Property
  void invitationsAndGrantsReachEveryState(@ForAll("invitations") Invitation invitation, @ForAll("grants") Grant grant) {
    Statistics.label("invitation").collect(invitation.state());
    Statistics.label("grant").collect(grant.state());
    Statistics.label("invitation").coverage(c -> {
      for (var state : org.diaryaccess.spi.invitation.InvitationState.values()) {
        c.check(state).count(n -> n > 0);
      }
    });
    Statistics.label("grant").coverage(c -> {
      for (var state : org.diaryaccess.spi.grant.GrantState.values()) {
        c.check(state).count(n -> n > 0);
      }
    });
  }
}
