package org.diaryaccess.tck.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.DMITRY_ID;
import static org.diaryaccess.tck.harness.Guide.NANNY_ID;
import static org.diaryaccess.tck.harness.Guide.NINA_ID;
import static org.diaryaccess.tck.harness.Guide.NINA_PHONE;
import static org.diaryaccess.tck.harness.Guide.STRANGER_ID;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.housekeeping.DiaryStatus;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.trusted.TrustedPerson;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.tck.StoreUnderTest;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a host portal reads through the public API alone, on every adapter: invitations and grants
 * by id, answered only to those they concern; every read as things stand now, before
 * housekeeping; nothing for a stranger to learn from an id; and what an operator watches.
 */
public abstract class HostApiContract {
  private final World world = new World(openStore(), AccessSettings.defaults());
  private final DiaryAccess access = world.access;

  /** The suite, for a store that says how to open one. */
  protected HostApiContract() {}

  /**
   * The store to run on.
   *
   * @return a fresh, empty store
   */
  protected abstract StoreUnderTest openStore();

  @AfterEach
  void release() {
    world.close();
  }

  private void theFamily() {
    world.registered(Guide.vasilisa(), Guide.dmitry(), Guide.antonCitizen(), Guide.nina(), Guide.nanny(),
        Guide.stranger());
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()),
        Guide.mashaRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()));
  }

  private Invitation vasilisaInvitesNina(InvitationRequest request) {
    return access.send(VASILISA_ID, request);
  }

  private static InvitationRequest ninaFor(PupilRecordId pupil) {
    return InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(pupil.value()));
  }

  private static List<ReasonCode> refusal(ThrowingCallable call) {
    RefusedException refused = catchThrowableOfType(RefusedException.class, call);
    assertThat(refused).as("a refusal").isNotNull();
    return refused.reasons();
  }

  @Test
  void anInvitationIsReadByIdByItsPartiesAndTheChildsParentsOnly() {
    theFamily();
    Invitation sent = vasilisaInvitesNina(ninaFor(ANTON));

    assertThat(access.invitation(VASILISA_ID, sent.id())).isEqualTo(sent);
    assertThat(access.invitation(NINA_ID, sent.id())).isEqualTo(sent);
    assertThat(access.invitation(DMITRY_ID, sent.id())).as("the other parent").isEqualTo(sent);
    List<ReasonCode> unknown = refusal(() -> access.invitation(VASILISA_ID, InvitationId.of("inv-nowhere")));
    assertThat(unknown).containsExactly(ReasonCode.INVITATION_UNKNOWN);
    assertThat(refusal(() -> access.invitation(STRANGER_ID, sent.id()))).isEqualTo(unknown);
    assertThat(refusal(() -> access.invitation(NANNY_ID, sent.id()))).isEqualTo(unknown);
    assertThat(refusal(() -> access.invitation(Guide.ANTON_CITIZEN_ID, sent.id()))).as("the child himself")
        .isEqualTo(unknown);
  }

  @Test
  void aGrantIsReadByIdByItsPartiesAndTheChildsParentsOnly() {
    theFamily();
    Grant grant = access.accept(NINA_ID, vasilisaInvitesNina(ninaFor(ANTON)).id()).grants().get(0);

    assertThat(access.grant(NINA_ID, grant.id())).isEqualTo(grant);
    assertThat(access.grant(VASILISA_ID, grant.id())).isEqualTo(grant);
    assertThat(access.grant(DMITRY_ID, grant.id())).isEqualTo(grant);
    List<ReasonCode> unknown = refusal(() -> access.grant(NINA_ID, GrantId.of("grant-nowhere")));
    assertThat(unknown).containsExactly(ReasonCode.GRANT_UNKNOWN);
    assertThat(refusal(() -> access.grant(STRANGER_ID, grant.id()))).isEqualTo(unknown);
    assertThat(refusal(() -> access.grant(NANNY_ID, grant.id()))).isEqualTo(unknown);
  }

  @Test
  void anInvitationPastItsExpiryReadsExpiredEverywhereBeforeHousekeeping() {
    theFamily();
    Invitation sent = vasilisaInvitesNina(ninaFor(ANTON));
    world.after(Duration.ofDays(30).plusMinutes(1));

    Invitation read = access.invitation(NINA_ID, sent.id());
    assertThat(read.state()).isEqualTo(InvitationState.EXPIRED);
    assertThat(read.answeredAt()).isEqualTo(sent.expiresAt());
    assertThat(access.invitationsSent(VASILISA_ID, Set.of(), PageRequest.first()).items())
        .extracting(Invitation::state).containsExactly(InvitationState.EXPIRED);
    assertThat(access.invitationsReceived(NINA_ID, Set.of(InvitationState.PENDING), PageRequest.first()).items())
        .isEmpty();
    assertThat(access.invitationsReceived(NINA_ID, Set.of(InvitationState.EXPIRED), PageRequest.first()).items())
        .extracting(Invitation::id).containsExactly(sent.id());

    // Housekeeping then records what the reads already showed.
    assertThat(access.housekeeping().expiredInvitations()).isEqualTo(1);
    assertThat(access.invitation(NINA_ID, sent.id()).state()).isEqualTo(InvitationState.EXPIRED);
  }

  @Test
  void aGrantPastItsEndDateOrWithoutItsBasisReadsEndedBeforeHousekeeping() {
    theFamily();
    Grant byDate = access.accept(NINA_ID, vasilisaInvitesNina(ninaFor(ANTON)
        .withEndDate(LocalDate.of(2026, 9, 30))).id()).grants().get(0);
    access.housekeeping();
    Grant byBasis = access.accept(NINA_ID, vasilisaInvitesNina(ninaFor(Guide.MASHA)).id()).grants().get(0);
    access.housekeeping();
    assertThat(access.grant(NINA_ID, byDate.id()).state()).isEqualTo(GrantState.ACTIVE);

    world.after(Duration.ofDays(31));
    world.schoolHolds(Guide.mashaRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim())
        .withEnrolled(false));

    Grant ended = access.grant(VASILISA_ID, byDate.id());
    assertThat(ended.state()).isEqualTo(GrantState.TERMINATED);
    assertThat(ended.terminationReason()).isEqualTo(TerminationReason.END_DATE_PASSED);
    assertThat(access.grant(NINA_ID, byBasis.id()).terminationReason())
        .isEqualTo(TerminationReason.PUPIL_NOT_ENROLLED);
  }

  @Test
  void theTrustedPersonsPageShowsEveryLiveStateAndOnlyToTheChildsParents() {
    theFamily();
    world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
    Grant opening = access.accept(NINA_ID, vasilisaInvitesNina(ninaFor(ANTON)).id()).grants().get(0);
    Invitation nanny = access.send(DMITRY_ID, InvitationRequest.byPhone(Guide.NANNY_PHONE, "Соколова",
        List.of(ANTON.value(), Guide.MASHA.value())));
    access.housekeeping();

    List<TrustedPerson> mother = access.trustedPersons(VASILISA_ID, PageRequest.first()).items();
    assertThat(mother).extracting(TrustedPerson::pupil, TrustedPerson::person, TrustedPerson::standing)
        .containsExactly(tuple(ANTON, NINA_ID, TrustedPerson.Standing.PROVISIONING),
            tuple(ANTON, NANNY_ID, TrustedPerson.Standing.INVITED),
            tuple(Guide.MASHA, NANNY_ID, TrustedPerson.Standing.INVITED));
    assertThat(mother.get(0).grant()).isEqualTo(opening.id());
    assertThat(mother.get(1).invitation()).isEqualTo(nanny.id());
    assertThat(mother.get(1).mayCancel()).as("the father sent it").isFalse();
    assertThat(access.trustedPersons(DMITRY_ID, ANTON, PageRequest.first()).items())
        .extracting(TrustedPerson::mayRevoke, TrustedPerson::mayCancel).containsExactly(tuple(true, false), tuple(false, true));
    assertThat(refusal(() -> access.trustedPersons(STRANGER_ID, ANTON, PageRequest.first())))
        .isEqualTo(refusal(() -> access.trustedPersons(VASILISA_ID, PupilRecordId.of("no-such"), PageRequest.first())))
        .containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
  }

  @Test
  void aStrangerLearnsNothingFromAPupilId() {
    theFamily();
    world.schoolHolds(Guide.mashaRecord(Guide.vasilisaAsTheSchoolHoldsHer()).withEnrolled(false));
    PupilRecordId nobody = PupilRecordId.of("pupil-nobody");

    List<ReasonCode> enrolled = access.decide(STRANGER_ID, ANTON).reasons();
    assertThat(enrolled).containsExactly(ReasonCode.NO_ACCESS_BASIS);
    assertThat(access.decide(STRANGER_ID, Guide.MASHA).reasons()).as("a child who left").isEqualTo(enrolled);
    assertThat(access.decide(STRANGER_ID, nobody).reasons()).as("an id that names nobody").isEqualTo(enrolled);
    // Those with a tie are told why.
    assertThat(access.decide(VASILISA_ID, Guide.MASHA).reasons()).containsExactly(ReasonCode.PUPIL_NOT_ENROLLED);
    // The lists and the preview answer a stranger alike too.
    List<ReasonCode> notTheirs = refusal(() -> access.whoCanSee(STRANGER_ID, ANTON, PageRequest.first()));
    assertThat(refusal(() -> access.whoCanSee(STRANGER_ID, Guide.MASHA, PageRequest.first()))).isEqualTo(notTheirs);
    assertThat(refusal(() -> access.whoCanSee(STRANGER_ID, nobody, PageRequest.first()))).isEqualTo(notTheirs);
    List<ReasonCode> cannotInvite = refusal(() -> access.preview(STRANGER_ID, ninaFor(ANTON)));
    assertThat(refusal(() -> access.preview(STRANGER_ID, ninaFor(Guide.MASHA)))).isEqualTo(cannotInvite);
    assertThat(refusal(() -> access.preview(STRANGER_ID, ninaFor(nobody)))).isEqualTo(cannotInvite);
  }

  @Test
  void anOperatorSeesTheBacklogTheOverdueGrantsAndTheUnsealedEntries() {
    theFamily();
    assertThat(access.status()).isEqualTo(new DiaryStatus(0, Duration.ZERO, 0, 0));

    world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
    Invitation sent = vasilisaInvitesNina(ninaFor(ANTON));
    world.after(Duration.ofMinutes(10));
    DiaryStatus waiting = access.status();
    assertThat(waiting.outboxBacklog()).isEqualTo(1);
    assertThat(waiting.oldestUndeliveredAge()).isEqualTo(Duration.ofMinutes(10));
    assertThat(waiting.unsealedAuditEntries()).isEqualTo(1);

    access.housekeeping();
    access.accept(NINA_ID, sent.id());
    access.housekeeping();
    world.after(Duration.ofHours(25));
    DiaryStatus overdue = access.status();
    assertThat(overdue.outboxBacklog()).isZero();
    assertThat(overdue.oldestUndeliveredAge()).isEqualTo(Duration.ZERO);
    assertThat(overdue.overdueGrants()).isEqualTo(1);
    assertThat(overdue.unsealedAuditEntries()).isZero();
  }

  @Test
  void aFailedDeliveryKeepsItsErrorOnTheMessageWithContactsMasked() {
    theFamily();
    world.centre.failWhen(notice -> {
      throw new IllegalStateException("no inbox for nina.kubareva@mail.ru, phone +7 903 111-22-33");
    });
    vasilisaInvitesNina(ninaFor(ANTON));

    assertThat(access.housekeeping().failedDeliveries()).isEqualTo(1);
    OutboxMessage failed = world.store().unitOfWork().write(() -> world.store().outbox()
        .claimDue(world.clock.instant().plus(Duration.ofHours(2)), world.clock.instant().plus(Duration.ofHours(3)), 10))
        .get(0);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isEqualTo("IllegalStateException: no inbox for ***@***, phone ***");
  }

  @Test
  void anOverdueGrantWhoseBasisIsGoneIsListedAsEndedNotOverdue() {
    theFamily();
    world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
    Grant grant = access.accept(NINA_ID, vasilisaInvitesNina(ninaFor(ANTON)).id()).grants().get(0);
    access.housekeeping();
    world.after(Duration.ofHours(25));
    assertThat(access.overdueGrants(PageRequest.first()).items()).extracting(Grant::id).containsExactly(grant.id());

    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim())
        .withEnrolled(false));

    assertThat(access.overdueGrants(PageRequest.first()).items()).isEmpty();
    assertThat(access.grant(NINA_ID, grant.id()).state()).isEqualTo(GrantState.TERMINATED);
  }
}
