package org.diaryaccess.spi.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port's contract suite shares: a fresh store per test, and fixtures. An adapter runs
 * the suites by extending each {@code *Contract} class and saying how to make a store.
 */
public abstract class StoreContract {
  protected static final Instant T0 = Instant.parse("2026-09-01T06:00:00Z");

  private final StoreFixture fixture;
  protected DiaryStore store;

  /**
   * A contract run on the adapter the fixture makes.
   *
   * @param fixture how to make, fill and release the adapter's stores
   */
  protected StoreContract(StoreFixture fixture) {
    this.fixture = fixture;
  }

  @BeforeEach
  final void openStore() {
    store = fixture.newStore();
  }

  @AfterEach
  final void releaseStore() {
    fixture.closeStore(store);
  }

  /**
   * Registers or updates a citizen: the one write the SPI leaves to the adapter.
   *
   * @param store the store
   * @param citizen the citizen
   */
  protected final void saveCitizen(DiaryStore store, Citizen citizen) {
    fixture.saveCitizen(store, citizen);
  }

  protected <T> T inWrite(java.util.function.Supplier<T> work) {
    return store.unitOfWork().write(work);
  }

  protected void inWrite(Runnable work) {
    store.unitOfWork().write(() -> {
      work.run();
      return null;
    });
  }

  protected <T> T inRead(java.util.function.Supplier<T> work) {
    return store.unitOfWork().read(work);
  }

  protected static Citizen citizen(String id, String surname, String email, String phone, String snils) {
    return new Citizen(CitizenId.of(id), PersonName.of(surname, "Имя"), LocalDate.of(1980, 1, 1), null,
        Contacts.of(email, phone, snils));
  }

  protected static PupilRecord record(String id, String ownPhone, String... representativePhones) {
    List<LegalRepresentative> reps = java.util.Arrays.stream(representativePhones)
        .map(p -> new LegalRepresentative(RepresentativeKind.MOTHER, PersonName.of("Мама", "Имя"),
            Contacts.of("rep" + p.replaceAll("\\D", "") + "@mail.ru", p, null)))
        .toList();
    return new PupilRecord(PupilRecordId.of(id), SchoolId.of("school-1"), "5А", PersonName.of("Ученик", "Имя"),
        LocalDate.of(2014, 1, 1), Contacts.of(null, ownPhone, null), true, reps);
  }

  protected static Invitation invitation(String id, String inviter, String invitee, String pupil, Instant sentAt) {
    return new Invitation(InvitationId.of(id), CitizenId.of(inviter), CitizenId.of(invitee), Service.E_DIARY,
        List.of(PupilRecordId.of(pupil)), Set.of(DiarySection.GRADES), null, InvitationState.PENDING, sentAt,
        sentAt.plusSeconds(30L * 24 * 3600), null, 0);
  }

  protected static Grant grant(String id, String trustee, String pupil) {
    return new Grant(GrantId.of(id), InvitationId.of("inv-" + id), CitizenId.of("grantor"), CitizenId.of(trustee),
        PupilRecordId.of(pupil), Service.E_DIARY, Set.of(DiarySection.GRADES), null, GrantState.PROVISIONING, T0,
        T0.plusSeconds(24 * 3600), null, null, null, null, 0);
  }
}
