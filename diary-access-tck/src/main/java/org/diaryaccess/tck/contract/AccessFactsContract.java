package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.DecisionFacts;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.diaryaccess.spi.DiaryStore#accessFacts()}: whatever shortcut a store
 * takes, it reads exactly what the separate ports give.
 */
public abstract class AccessFactsContract extends StoreContract {
  private static final List<Set<ContactField>> KEY_SETS = List.of(Set.of(ContactField.MOBILE_PHONE),
      Set.of(ContactField.EMAIL, ContactField.SNILS), EnumSet.allOf(ContactField.class));

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected AccessFactsContract(StoreProvider stores) {
    super(stores);
  }

  private void agrees(String citizen, String pupil) {
    AccessFacts composed = AccessFacts.composedOf(store.citizens(), store.schoolRegister(), store.grants());
    AccessFacts.Facts expected = inRead(() -> composed.load(CitizenId.of(citizen), PupilRecordId.of(pupil)));
    AccessFacts.Facts actual = inRead(() -> store.accessFacts().load(CitizenId.of(citizen), PupilRecordId.of(pupil)));
    assertThat(actual).as("facts for %s on %s", citizen, pupil).isEqualTo(expected);
    DecisionFacts narrow = DecisionFacts.of(expected);
    assertThat(inRead(() -> store.accessFacts().decisionFacts(CitizenId.of(citizen), PupilRecordId.of(pupil))))
        .as("a decision's facts for %s on %s", citizen, pupil).isEqualTo(narrow);
    if (store.accessFacts().loadIsAtomic()) {
      // The library then calls them outside any unit of work.
      assertThat(store.accessFacts().load(CitizenId.of(citizen), PupilRecordId.of(pupil)))
          .as("facts for %s on %s, outside a unit of work", citizen, pupil).isEqualTo(expected);
      assertThat(store.accessFacts().decisionFacts(CitizenId.of(citizen), PupilRecordId.of(pupil)))
          .as("a decision's facts for %s on %s, outside a unit of work", citizen, pupil).isEqualTo(narrow);
    }
  }

  @Test
  void aDecisionsFactsKeepWhatIsNotValidAndEveryGrantorsContacts() {
    // Text that is not valid is kept as written, so a decision still tells a profile that is not
    // ready; a SNILS written but not valid still never matches.
    saveCitizen(new Citizen(CitizenId.of("odd"), PersonName.of("Странная", "Имя"), LocalDate.of(1980, 1, 1), null,
        Contacts.of("not an e-mail", "+79261234567", "123-456-789 00")));
    saveCitizen(citizen("mother", "Иванченко", "mail@yandex.ru", "+79261234567", "112-233-445 95"));
    saveCitizen(citizen("granny", "Кубарева", "nina@mail.ru", "+79031112233", null));
    inWrite(() -> store.schoolRegister().upsert(List.of(new PupilRecord(PupilRecordId.of("p-1"),
        SchoolId.of("school-1"), "5А", PersonName.of("Ученик", "Имя"), LocalDate.of(2014, 1, 1),
        Contacts.of("pupil@", "8 (916) 765-43-21", null), true,
        List.of(new LegalRepresentative(RepresentativeKind.MOTHER, PersonName.of("Мама", "Имя"),
                Contacts.of(" mail@yandex.ru ", "8 926 123-45-67", "112 233 445 95")),
            new LegalRepresentative(RepresentativeKind.FATHER, PersonName.of("Папа", "Имя"),
                Contacts.of("dad@mail.ru", "12345", "123-456-789 00")))))));
    Grant live = new Grant(GrantId.of("g-1"), InvitationId.of("inv-1"), CitizenId.of("mother"),
        CitizenId.of("granny"), PupilRecordId.of("p-1"), Service.E_DIARY,
        Set.of(DiarySection.GRADES, DiarySection.HOMEWORK), LocalDate.of(2030, 6, 1), GrantState.ACTIVE, T0,
        T0.plusSeconds(24 * 3600), T0.plusSeconds(60), null, null, null, 0);
    inWrite(() -> store.grants().insert(live));

    for (String citizen : List.of("odd", "mother", "granny")) {
      agrees(citizen, "p-1");
    }
    DecisionFacts odd = inRead(() -> store.accessFacts().decisionFacts(CitizenId.of("odd"), PupilRecordId.of("p-1")));
    assertThat(odd.asker()).isNotNull();
    assertThat(odd.asker().problems()).extracting(FieldProblem::field)
        .containsExactly(ContactField.EMAIL, ContactField.SNILS);
    assertThat(odd.enrolment()).isNotNull();
    assertThat(odd.enrolment().representatives()).hasSize(2);
    assertThat(odd.enrolment().representatives().get(1).problems()).extracting(FieldProblem::field)
        .containsExactly(ContactField.MOBILE_PHONE, ContactField.SNILS);
    DecisionFacts granny =
        inRead(() -> store.accessFacts().decisionFacts(CitizenId.of("granny"), PupilRecordId.of("p-1")));
    assertThat(granny.liveGrants()).singleElement().satisfies(terms -> {
      assertThat(terms).isEqualTo(DecisionFacts.Terms.of(live, Contacts.of("mail@yandex.ru", "+79261234567",
          "112-233-445 95")));
      assertThat(terms.grantor()).isEqualTo(odd.enrolment().representatives().get(0));
    });
  }

  @Test
  void readsWhatThePortsGive() {
    saveCitizen(citizen("mother", "Иванченко", "mail@yandex.ru", "+79261234567", null));
    saveCitizen(citizen("granny", "Кубарева", "nina@mail.ru", "+79031112233", "112-233-445 95"));
    saveCitizen(citizen("father", "Кубарев", "d@mail.ru", "+79252223344", null));
    inWrite(() -> store.schoolRegister().upsert(List.of(record("p-1", "+79167654321", "+79261234567",
        "+79252223344"), record("p-2", null))));
    // An earlier grant, revoked, then a live one: only the live one is read.
    Grant earlier = grant("g-0", "granny", "p-1");
    inWrite(() -> store.grants().insert(earlier));
    inWrite(() -> store.grants().update(earlier.revoke(CitizenId.of("grantor"), T0)));
    Grant live = grant("g-1", "granny", "p-1");
    inWrite(() -> store.grants().insert(live));

    AccessFacts composed = AccessFacts.composedOf(store.citizens(), store.schoolRegister(), store.grants());
    for (Set<ContactField> keys : KEY_SETS) {
      for (String citizen : List.of("mother", "granny", "father", "nobody")) {
        for (String pupil : List.of("p-1", "p-2", "nowhere")) {
          agrees(citizen, pupil);
        }
        assertThat(inRead(() -> store.accessFacts().forCitizen(CitizenId.of(citizen), keys)))
            .as("home page facts of %s by %s", citizen, keys)
            .isEqualTo(inRead(() -> composed.forCitizen(CitizenId.of(citizen), keys)));
      }
      for (String pupil : List.of("p-1", "p-2", "nowhere")) {
        assertThat(inRead(() -> store.accessFacts().forPupil(PupilRecordId.of(pupil), keys)))
            .as("viewer facts of %s by %s", pupil, keys)
            .isEqualTo(inRead(() -> composed.forPupil(PupilRecordId.of(pupil), keys)));
      }
    }
    Set<ContactField> byPhone = Set.of(ContactField.MOBILE_PHONE);
    assertThat(inRead(() -> store.accessFacts().forPupil(PupilRecordId.of("p-1"), byPhone)).candidates())
        .extracting(f -> f.citizen().id().value()).containsExactly("father", "granny", "mother");
    assertThat(inRead(() -> store.accessFacts().forCitizen(CitizenId.of("granny"), byPhone)).candidates())
        .extracting(f -> f.record().id().value()).containsExactly("p-1");
    AccessFacts.Facts granny = inRead(() -> store.accessFacts().load(CitizenId.of("granny"), PupilRecordId.of("p-1")));
    assertThat(granny.liveGrants()).containsExactly(live);
    assertThat(granny.record()).isNotNull();
    assertThat(granny.record().representatives()).hasSize(2);
  }

  @Test
  void candidatesAreFoundByEachKeyField() {
    // The school holds the mother's e-mail and SNILS, but an old phone.
    saveCitizen(citizen("mother", "Иванченко", "mail@yandex.ru", "+79261234567", "123-456-789 64"));
    inWrite(() -> store.schoolRegister().upsert(List.of(new PupilRecord(PupilRecordId.of("p-1"),
        SchoolId.of("school-1"), "5А", PersonName.of("Ученик", "Имя"), null, Contacts.none(), true,
        List.of(new LegalRepresentative(RepresentativeKind.MOTHER, PersonName.of("Мама", "Имя"),
            Contacts.of("mail@yandex.ru", "+79260000000", "123-456-789 64")))))));

    for (ContactField key : ContactField.values()) {
      List<String> records = inRead(() -> store.accessFacts().forCitizen(CitizenId.of("mother"), Set.of(key)))
          .candidates().stream().map(f -> f.record().id().value()).toList();
      List<String> viewers = inRead(() -> store.accessFacts().forPupil(PupilRecordId.of("p-1"), Set.of(key)))
          .candidates().stream().map(f -> f.citizen().id().value()).toList();
      List<String> expected = key == ContactField.MOBILE_PHONE ? List.of() : List.of("p-1");
      assertThat(records).as("records by %s", key).isEqualTo(expected);
      assertThat(viewers).as("viewers by %s", key)
          .isEqualTo(key == ContactField.MOBILE_PHONE ? List.of() : List.of("mother"));
    }
  }
}
