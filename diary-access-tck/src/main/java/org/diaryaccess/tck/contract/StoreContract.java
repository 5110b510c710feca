package org.diaryaccess.tck.contract;

import static java.util.Objects.requireNonNull;

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
import org.diaryaccess.tck.StoreProvider;
import org.diaryaccess.tck.StoreUnderTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port's contract suite shares: a fresh store per test, and fixtures. A store runs
 * the suites all at once by extending {@link org.diaryaccess.tck.DiaryStoreTck}, or one at a time
 * by extending a {@code *Contract} class and passing it a {@link StoreProvider}.
 */
public abstract class StoreContract {
  /** The instant the fixtures are stamped with: the first day of the school year. */
  protected static final Instant T0 = Instant.parse("2026-09-01T06:00:00Z");

  private final StoreProvider stores;
  private @Nullable StoreUnderTest opened;
  /** The store the current test runs on, fresh and empty when it starts. */
  protected DiaryStore store;

  /**
   * A contract run on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected StoreContract(StoreProvider stores) {
    this.stores = requireNonNull(stores, "stores");
  }

  @BeforeEach
  final void openStore() {
    StoreUnderTest fresh = stores.open();
    opened = fresh;
    store = fresh.store();
  }

  @AfterEach
  final void releaseStore() {
    StoreUnderTest done = opened;
    opened = null;
    if (done != null) {
      done.close();
    }
  }

  /**
   * Registers or updates a citizen in the test's store: the one write the SPI leaves to the
   * adapter.
   *
   * @param citizen the citizen
   */
  protected final void saveCitizen(Citizen citizen) {
    StoreUnderTest current = requireNonNull(opened, "no store is open");
    inWrite(() -> current.saveCitizen(citizen));
  }

  /**
   * Runs work in one write unit of work of the store.
   *
   * @param <T> what the work returns
   * @param work the work
   * @return what it returned
   */
  protected <T> T inWrite(java.util.function.Supplier<T> work) {
    return store.unitOfWork().write(work);
  }

  /**
   * Runs work in one write unit of work of the store.
   *
   * @param work the work
   */
  protected void inWrite(Runnable work) {
    store.unitOfWork().write(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Runs work in one read unit of work of the store.
   *
   * @param <T> what the work returns
   * @param work the work
   * @return what it returned
   */
  protected <T> T inRead(java.util.function.Supplier<T> work) {
    return store.unitOfWork().read(work);
  }

  /**
   * A citizen born in 1980.
   *
   * @param id the citizen id
   * @param surname the surname
   * @param email an e-mail, or {@code null}
   * @param phone a mobile phone, or {@code null}
   * @param snils a SNILS, or {@code null}
   * @return the citizen
   */
  protected static Citizen citizen(String id, String surname, String email, String phone, String snils) {
    return new Citizen(CitizenId.of(id), PersonName.of(surname, "Имя"), LocalDate.of(1980, 1, 1), null,
        Contacts.of(email, phone, snils));
  }

  /**
   * An enrolled pupil in 5А of {@code school-1}, with one mother per phone given.
   *
   * @param id the record id
   * @param ownPhone the pupil's own phone, or {@code null}
   * @param representativePhones the mothers' phones
   * @return the record
   */
  protected static PupilRecord record(String id, String ownPhone, String... representativePhones) {
    List<LegalRepresentative> reps = java.util.Arrays.stream(representativePhones)
        .map(p -> new LegalRepresentative(RepresentativeKind.MOTHER, PersonName.of("Мама", "Имя"),
            Contacts.of("rep" + p.replaceAll("\\D", "") + "@mail.ru", p, null)))
        .toList();
    return new PupilRecord(PupilRecordId.of(id), SchoolId.of("school-1"), "5А", PersonName.of("Ученик", "Имя"),
        LocalDate.of(2014, 1, 1), Contacts.of(null, ownPhone, null), true, reps);
  }

  /**
   * A pending invitation to see one pupil's grades, living thirty days.
   *
   * @param id the invitation id
   * @param inviter the inviting citizen's id
   * @param invitee the invited citizen's id
   * @param pupil the pupil record's id
   * @param sentAt when it was sent
   * @return the invitation
   */
  protected static Invitation invitation(String id, String inviter, String invitee, String pupil, Instant sentAt) {
    return new Invitation(InvitationId.of(id), CitizenId.of(inviter), CitizenId.of(invitee), Service.E_DIARY,
        List.of(PupilRecordId.of(pupil)), Set.of(DiarySection.GRADES), null, InvitationState.PENDING, sentAt,
        sentAt.plusSeconds(30L * 24 * 3600), null, 0);
  }

  /**
   * A grant of one pupil's grades from {@code grantor}, provisioning since {@link #T0} with a day to go.
   *
   * @param id the grant id
   * @param trustee the trusted person's citizen id
   * @param pupil the pupil record's id
   * @return the grant
   */
  protected static Grant grant(String id, String trustee, String pupil) {
    return new Grant(GrantId.of(id), InvitationId.of("inv-" + id), CitizenId.of("grantor"), CitizenId.of(trustee),
        PupilRecordId.of(pupil), Service.E_DIARY, Set.of(DiarySection.GRADES), null, GrantState.PROVISIONING, T0,
        T0.plusSeconds(24 * 3600), null, null, null, null, 0);
  }
}
