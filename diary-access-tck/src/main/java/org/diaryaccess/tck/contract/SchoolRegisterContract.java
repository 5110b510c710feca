package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.Email;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.Test;

/** The contract of {@link org.diaryaccess.spi.SchoolRegister}. */
public abstract class SchoolRegisterContract extends StoreContract {

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected SchoolRegisterContract(StoreProvider stores) {
    super(stores);
  }

  @Test
  void findsRecordsByIdAndByTheContactsOfThePupilAndEveryRepresentative() {
    PupilRecord anton = record("p-1", "+79167654321", "+79261234567", "+79252223344");
    inWrite(() -> store.schoolRegister().upsert(List.of(anton)));

    assertThat(inRead(() -> store.schoolRegister().findById(PupilRecordId.of("p-1")))).contains(anton);
    for (String phone : List.of("+79167654321", "8 926 123 45 67", "+7 925 222-33-44")) {
      assertThat(inRead(() -> store.schoolRegister().findByContact(MobilePhone.parse(phone)))).containsExactly(anton);
    }
    assertThat(inRead(() -> store.schoolRegister().findByContact(Email.parse("rep79261234567@MAIL.ru"))))
        .containsExactly(anton);
  }

  @Test
  void anUpsertReplacesTheRecordAndItsOldContactsNoLongerFindIt() {
    inWrite(() -> store.schoolRegister().upsert(List.of(record("p-1", "+79167654321", "+79261234567"))));
    PupilRecord edited = record("p-1", "+79167654321", "+79031112233");
    inWrite(() -> store.schoolRegister().upsert(List.of(edited)));

    assertThat(inRead(() -> store.schoolRegister().findByContact(MobilePhone.parse("+79261234567")))).isEmpty();
    assertThat(inRead(() -> store.schoolRegister().findByContact(MobilePhone.parse("+79031112233"))))
        .containsExactly(edited);
    assertThat(inRead(() -> store.schoolRegister().findById(PupilRecordId.of("p-1")))).contains(edited);
  }

  @Test
  void aBulkUpsertOfTenThousandRecordsIsIndexedAndLeftRecordsStayReadable() {
    List<PupilRecord> batch = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      batch.add(record(String.format("p-%05d", i), null, String.format("+7916%07d", i)));
    }
    inWrite(() -> store.schoolRegister().upsert(batch));
    PupilRecord left = batch.get(4321).withEnrolled(false);
    inWrite(() -> store.schoolRegister().upsert(List.of(left)));

    assertThat(inRead(() -> store.schoolRegister().findByContact(MobilePhone.parse("+79160001234"))))
        .extracting(r -> r.id().value()).containsExactly("p-01234");
    assertThat(inRead(() -> store.schoolRegister().findById(PupilRecordId.of("p-04321")))).contains(left);
    // Re-imported whole, as every night: the same records, found the same way.
    inWrite(() -> store.schoolRegister().upsert(batch));
    assertThat(inRead(() -> store.schoolRegister().findById(PupilRecordId.of("p-04321")))).contains(batch.get(4321));
    assertThat(inRead(() -> store.schoolRegister().findByContact(MobilePhone.parse("+79160001234"))))
        .extracting(r -> r.id().value()).containsExactly("p-01234");
    // Many at once, across chunks, unknown ids skipped.
    List<PupilRecordId> wanted = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      wanted.add(PupilRecordId.of(String.format("p-%05d", i * 7)));
    }
    wanted.add(PupilRecordId.of("nobody"));
    wanted.add(PupilRecordId.of("p-00007"));
    assertThat(inRead(() -> store.schoolRegister().findAllById(wanted)))
        .containsExactlyInAnyOrderElementsOf(batch.stream().filter(r -> wanted.contains(r.id())).toList());
  }

  @Test
  void aReImportWritesWhatChangedEvenIfOnlyAsWritten() {
    PupilRecord same = record("p-1", "+79167654321", "+79261234567");
    PupilRecord moved = record("p-2", null, "+79252223344");
    PupilRecord retyped = record("p-3", "+79031112233");
    inWrite(() -> store.schoolRegister().upsert(List.of(same, moved, retyped)));

    PupilRecord movedNow = moved.withEnrolled(false);
    // The same number as the school now types it: equal after normalisation, different as written.
    PupilRecord retypedNow = retyped.withContacts(Contacts.of(null, "8 (903) 111-22-33", null));
    inWrite(() -> store.schoolRegister().upsert(List.of(same, movedNow, retypedNow)));

    assertThat(inRead(() -> store.schoolRegister().findById(PupilRecordId.of("p-1")))).contains(same);
    assertThat(inRead(() -> store.schoolRegister().findById(PupilRecordId.of("p-2")))).contains(movedNow);
    PupilRecord stored = inRead(() -> store.schoolRegister().findById(PupilRecordId.of("p-3"))).orElseThrow();
    assertThat(stored.contacts().rawMobilePhone()).contains("8 (903) 111-22-33");
    assertThat(stored.sameAsWritten(retypedNow)).isTrue();
    assertThat(inRead(() -> store.schoolRegister().findByContact(MobilePhone.parse("+79031112233"))))
        .containsExactly(retypedNow);
  }

  @Test
  void recordsSharingAContactAreAllFoundInIdOrder() {
    inWrite(() -> store.schoolRegister().upsert(List.of(
        record("p-2", null, "+79261234567"), record("p-1", null, "+79261234567"))));
    assertThat(inRead(() -> store.schoolRegister().findByContact(MobilePhone.parse("+79261234567"))))
        .extracting(r -> r.id().value()).containsExactly("p-1", "p-2");
  }
}
