package org.diaryaccess.spi.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.junit.jupiter.api.Test;

/** Builders and withers give exactly what the canonical constructors give, without null padding. */
class NamedConstructionTest {
  private static final PersonName VASILISA = PersonName.of("Иванченко", "Василиса", "Владимировна");

  @Test
  void aCitizenIsBuiltAsTheProfileReads() {
    Citizen built = Citizen.builder(CitizenId.of("c-1"), VASILISA).bornOn(LocalDate.of(1985, 4, 1))
        .gender(Gender.FEMALE).email("mail@yandex.ru").mobilePhone("+7 926 123-45-67").snils("123-456-789 64")
        .build();

    assertThat(built).isEqualTo(new Citizen(CitizenId.of("c-1"), VASILISA, LocalDate.of(1985, 4, 1), Gender.FEMALE,
        Contacts.of("mail@yandex.ru", "+7 926 123-45-67", "123-456-789 64")));
    assertThat(Citizen.builder(CitizenId.of("c-2"), VASILISA).build())
        .isEqualTo(new Citizen(CitizenId.of("c-2"), VASILISA, null, null, Contacts.none()));
  }

  @Test
  void contactsGrowOneFieldAtATime() {
    assertThat(Contacts.none().withEmail("mail@yandex.ru").withMobilePhone("8 926 123 45 67"))
        .isEqualTo(Contacts.of("mail@yandex.ru", "8 926 123 45 67", null));
    assertThat(Contacts.none().withSnils("123-456-789 64").withEmail("a@b.ru"))
        .isEqualTo(Contacts.of("a@b.ru", null, "123-456-789 64"));
  }

  @Test
  void aRecordIsBuiltAsTheSchoolsCardReads() {
    LegalRepresentative mother = new LegalRepresentative(RepresentativeKind.MOTHER, VASILISA,
        Contacts.none().withEmail("mail@yandex.ru").withMobilePhone("8 926 123 45 67"));
    PupilRecord built = PupilRecord.builder(PupilRecordId.of("p-1"), SchoolId.of("s-1"), "9Б",
            PersonName.of("Кубарев", "Антон")).bornOn(LocalDate.of(2011, 3, 15))
        .contacts(Contacts.none().withMobilePhone("+7 916 765-43-21")).representative(mother).leftSchool().build();

    assertThat(built).isEqualTo(new PupilRecord(PupilRecordId.of("p-1"), SchoolId.of("s-1"), "9Б",
        PersonName.of("Кубарев", "Антон"), LocalDate.of(2011, 3, 15), Contacts.of(null, "+7 916 765-43-21", null),
        false, List.of(mother)));
    assertThat(PupilRecord.builder(PupilRecordId.of("p-2"), SchoolId.of("s-1"), "3А", PersonName.of("Кубарева", "Мария"))
        .build().enrolled()).isTrue();
  }
}
