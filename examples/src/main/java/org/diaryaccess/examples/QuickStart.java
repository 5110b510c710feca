package org.diaryaccess.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.delivery.Notice;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;

/** The README's quick start, compiled and run by the build: a mother, her son's record, a grandmother invited. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start and prints what the two decisions were.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println(run());
  }

  /**
   * Plays the story once on a fresh store.
   *
   * @return the two decisions in words, and how many notices arrived
   */
  public static String run() {
    // Your «Центр уведомлений» and your diary system: here, a list and a diary that opens at once.
    List<Notice> inbox = new ArrayList<>();
    NotificationCentre centre = NotificationCentre.of(inbox::add);
    DiaryProvisioning diarySystem = DiaryProvisioning.of(request -> ProvisioningStatus.CONFIRMED, request -> { });

    InMemoryStore store = new InMemoryStore();   // or JdbcStore.embeddedH2(Path.of("data/diary-access"))
    DiaryAccess access = DiaryAccess.builder()   // once; thread-safe
        .store(store)
        .notificationCentre(centre)
        .diaryProvisioning(diarySystem)
        .clock(Clock.systemUTC())                // the only source of time
        .build();

    // The portal's profiles and the school's record.
    CitizenId mother = CitizenId.of("citizen-1");
    CitizenId grandmother = CitizenId.of("citizen-2");
    store.citizens().save(Citizen.builder(mother, PersonName.of("Иванченко", "Василиса", "Владимировна"))
        .email("mail@yandex.ru").mobilePhone("+7 926 123-45-67").build());
    store.citizens().save(Citizen.builder(grandmother, PersonName.of("Кубарева", "Нина", "Петровна"))
        .bornOn(LocalDate.of(1958, 2, 20)).email("nina@mail.ru").mobilePhone("+7 903 111-22-33").build());
    PupilRecordId anton = PupilRecordId.of("pupil-1");
    store.schoolRegister().upsert(List.of(PupilRecord.builder(anton, SchoolId.of("school-1234"), "9Б",
            PersonName.of("Кубарев", "Антон", "Дмитриевич"))
        .bornOn(LocalDate.of(2011, 3, 15))
        .representative(new LegalRepresentative(RepresentativeKind.MOTHER, PersonName.of("Иванченко", "Василиса"),
            Contacts.none().withEmail("MAIL@yandex.ru").withMobilePhone("8 926 123 45 67")))
        .build()));

    // On every diary page view:
    AccessDecision mothers = access.decide(mother, anton);

    // The mother invites the grandmother; she accepts in her notification centre.
    Invitation invitation = access.send(mother, InvitationRequest.byPhone("+7 903 111-22-33", "Кубарева", anton));
    access.housekeeping();                       // schedule it every minute: delivers the notice
    access.accept(grandmother, invitation.id());
    access.housekeeping();                       // the diary system opens her access
    AccessDecision grandmothers = access.decide(grandmother, anton);

    return words(mothers) + "; " + words(grandmothers) + "; notices: " + inbox.size();
  }

  private static String words(AccessDecision decision) {
    return decision.allowedBasis().map(basis -> basis.displayName(Locale.ENGLISH))
        .orElseGet(() -> "denied: " + decision.reasons().get(0).message(Locale.ENGLISH));
  }
}
