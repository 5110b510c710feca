package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A registry loaded in bulk reads exactly as one saved citizen by citizen, on both databases. */
class BulkCitizensTest {

  private static Citizen citizen(int n, String phone) {
    return new Citizen(CitizenId.of("c" + n), PersonName.of("Иванова", "Анна"), LocalDate.of(1980, 1, 1), null,
        Contacts.of("c" + n + "@mail.ru", phone, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void saveAllInsertsNewCitizensAndReplacesKnownOnes(String database) {
    JdbcStore store = JdbcStore.on(database.equals("h2") ? Databases.emptyH2() : Databases.emptyPostgres());
    store.citizens().save(citizen(0, "+79160000000"));
    List<Citizen> batch = new ArrayList<>();
    for (int n = 0; n < 2_500; n++) {
      batch.add(citizen(n, String.format("+7917%07d", n)));
    }

    store.citizens().saveAll(batch);

    assertThat(store.citizens().findById(CitizenId.of("c1234"))).contains(batch.get(1234));
    // c0 replaced: its old phone no longer finds it, its new one does.
    assertThat(store.citizens().findByContact(MobilePhone.parse("+79160000000"))).isEmpty();
    assertThat(store.citizens().findByContact(MobilePhone.parse("+79170000000"))).containsExactly(batch.get(0));
    assertThat(store.citizens().findById(CitizenId.of("c2499"))).contains(batch.get(2_499));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aBatchNamingOneCitizenTwiceIsRefusedWhole(String database) {
    JdbcStore store = JdbcStore.on(database.equals("h2") ? Databases.emptyH2() : Databases.emptyPostgres());

    assertThatThrownBy(() -> store.citizens().saveAll(List.of(citizen(1, "+79170000001"),
        citizen(1, "+79170000002")))).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.citizens().findById(CitizenId.of("c1"))).isEmpty();
  }
}
