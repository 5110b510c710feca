package org.diaryaccess.examples.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.Gender;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds the guide's family on first start: the mother registered with e-mail and phone but no
 * SNILS (the guide's sample SNILS fails its checksum), the school holding an old phone number for
 * her — so she is refused until the class teacher corrects it — her son (15 whenever the
 * portal first starts) with his own
 * registration, and the grandmother. A database that already holds them is left as it is.
 */
@Component
class PortalSeed implements ApplicationRunner {
  private final DiaryStore store;
  private final Clock clock;

  PortalSeed(DiaryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (store.citizens().findById(Accounts.VASILISA.citizen()).isPresent()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate antonBorn = today.minusYears(15).minusMonths(8);
    store.citizens().saveAll(List.of(
        Citizen.builder(Accounts.VASILISA.citizen(), Accounts.VASILISA.name())
            .email("mail@yandex.ru").mobilePhone("(926) 123-45-67").build(),
        Citizen.builder(Accounts.ANTON.citizen(), Accounts.ANTON.name()).bornOn(antonBorn).gender(Gender.MALE)
            .email("anton.kubarev@yandex.ru").mobilePhone("+7 916 765-43-21").build(),
        Citizen.builder(Accounts.NINA.citizen(), Accounts.NINA.name()).bornOn(LocalDate.of(1958, 2, 20))
            .gender(Gender.FEMALE).email("nina.kubareva@mail.ru").mobilePhone("+7 903 111-22-33").build()));
    store.schoolRegister().upsert(List.of(PupilRecord.builder(Accounts.ANTON_RECORD, Accounts.SCHOOL,
            Accounts.CLASS_NAME, Accounts.ANTON.name())
        .bornOn(antonBorn)
        .contacts(Contacts.of("anton.kubarev@yandex.ru", "+7 916 765-43-21", null))
        .representative(new LegalRepresentative(RepresentativeKind.MOTHER, Accounts.VASILISA.name(),
            Contacts.of("mail@yandex.ru", "+7 926 000-00-00", null)))
        .representative(new LegalRepresentative(RepresentativeKind.FATHER,
            PersonName.of("Кубарев", "Дмитрий", "Сергеевич"), Contacts.of("d.kubarev@mail.ru", "+7 915 222-33-44", null)))
        .build()));
  }
}
