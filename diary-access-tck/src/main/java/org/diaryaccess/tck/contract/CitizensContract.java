package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.diaryaccess.spi.contact.Email;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.Test;

/** The contract of {@link org.diaryaccess.spi.Citizens}. */
public abstract class CitizensContract extends StoreContract {

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected CitizensContract(StoreProvider stores) {
    super(stores);
  }

  @Test
  void findsACitizenByIdAndByEachValidContactWhateverTheSpelling() {
    Citizen vasilisa = citizen("c-1", "Иванченко", "Mail@Yandex.ru", "(926) 123-45-67", "123-456-789 64");
    saveCitizen(vasilisa);

    assertThat(inRead(() -> store.citizens().findById(CitizenId.of("c-1")))).contains(vasilisa);
    assertThat(inRead(() -> store.citizens().findByContact(MobilePhone.parse("8 926 123 45 67")))).containsExactly(vasilisa);
    assertThat(inRead(() -> store.citizens().findByContact(Email.parse("mail@yandex.ru")))).containsExactly(vasilisa);
    assertThat(inRead(() -> store.citizens().findByContact(Snils.parse("12345678964")))).containsExactly(vasilisa);
  }

  @Test
  void manyAreFoundByIdAtOnceAndUnknownOnesSkipped() {
    Citizen first = citizen("c-1", "Иванченко", "mail@yandex.ru", "+79261234567", null);
    Citizen second = citizen("c-2", "Кубарева", "nina@mail.ru", "+79031112233", null);
    saveCitizen(first);
    saveCitizen(second);

    assertThat(inRead(() -> store.citizens().findAllById(
        List.of(CitizenId.of("c-2"), CitizenId.of("c-9"), CitizenId.of("c-1"), CitizenId.of("c-2")))))
        .containsExactlyInAnyOrder(first, second);
    assertThat(inRead(() -> store.citizens().findAllById(List.of()))).isEmpty();
  }

  @Test
  void aRegistryIsSavedInBulkThroughThePortAndReSyncedInPlace() {
    Citizen first = citizen("c-1", "Иванченко", "mail@yandex.ru", "+79261234567", null);
    Citizen second = citizen("c-2", "Кубарева", "nina@mail.ru", "+79031112233", null);
    store.citizens().saveAll(List.of(first, second));
    Citizen moved = citizen("c-1", "Иванченко", "mail@yandex.ru", "+79167654321", null);
    store.citizens().saveAll(List.of(moved));

    assertThat(inRead(() -> store.citizens().findAllById(List.of(CitizenId.of("c-1"), CitizenId.of("c-2")))))
        .containsExactlyInAnyOrder(moved, second);
    assertThat(inRead(() -> store.citizens().findByContact(MobilePhone.parse("+79261234567")))).isEmpty();
    assertThat(inRead(() -> store.citizens().findByContact(MobilePhone.parse("+79167654321")))).containsExactly(moved);
    assertThatThrownBy(() -> store.citizens().saveAll(List.of(first, moved)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(inRead(() -> store.citizens().findById(CitizenId.of("c-1")))).contains(moved);
  }

  @Test
  void aSaveInsideAUnitOfWorkThatFailsLeavesNothing() {
    Citizen first = citizen("c-1", "Иванченко", "mail@yandex.ru", "+79261234567", null);
    assertThatThrownBy(() -> store.unitOfWork().write(() -> {
      store.citizens().save(first);
      throw new IllegalStateException("the host's own step failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(inRead(() -> store.citizens().findById(CitizenId.of("c-1")))).isEmpty();
  }

  @Test
  void unknownIdsAndContactsFindNothing() {
    saveCitizen(citizen("c-1", "Иванченко", "mail@yandex.ru", "+79261234567", null));
    assertThat(inRead(() -> store.citizens().findById(CitizenId.of("c-2")))).isEmpty();
    assertThat(inRead(() -> store.citizens().findByContact(MobilePhone.parse("+79160000000")))).isEmpty();
  }

  @Test
  void anEditedProfileIsFoundByItsNewContactsOnly() {
    saveCitizen(citizen("c-1", "Иванченко", "mail@yandex.ru", "+79261234567", null));
    saveCitizen(citizen("c-1", "Иванченко", "mail@yandex.ru", "+79167654321", null));

    assertThat(inRead(() -> store.citizens().findByContact(MobilePhone.parse("+79261234567")))).isEmpty();
    assertThat(inRead(() -> store.citizens().findByContact(MobilePhone.parse("+79167654321"))))
        .extracting(Citizen::id).containsExactly(CitizenId.of("c-1"));
  }

  @Test
  void invalidContactsAreNotIndexed() {
    Citizen guide = citizen("c-1", "Иванченко", "mail@yandex.ru", "+79261234567", "123-456-789 12");
    saveCitizen(guide);
    assertThat(inRead(() -> store.citizens().findById(CitizenId.of("c-1")))).contains(guide);
    assertThat(inRead(() -> store.citizens().findByContact(Snils.parse("123-456-789 64")))).isEmpty();
  }

  @Test
  void severalCitizensSharingAPhoneAreAllFoundInIdOrder() {
    saveCitizen(citizen("c-2", "Кубарев", "a@mail.ru", "+79261234567", null));
    saveCitizen(citizen("c-1", "Кубарева", "b@mail.ru", "+79261234567", null));
    assertThat(inRead(() -> store.citizens().findByContact(MobilePhone.parse("+79261234567"))))
        .extracting(c -> c.id().value()).containsExactly("c-1", "c-2");
  }
}
