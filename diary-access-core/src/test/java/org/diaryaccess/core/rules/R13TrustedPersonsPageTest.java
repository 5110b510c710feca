package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.DMITRY_ID;
import static org.diaryaccess.core.testing.Guide.MASHA;
import static org.diaryaccess.core.testing.Guide.NANNY_ID;
import static org.diaryaccess.core.testing.Guide.NANNY_PHONE;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.STRANGER_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.trusted.TrustedPerson;
import org.diaryaccess.core.trusted.TrustedPerson.Action;
import org.diaryaccess.core.trusted.TrustedPerson.Standing;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The «Доверенные лица» page (R7, R8, R9, R11, R13): a representative sees every trusted person of
 * each child in every live state — invited, being opened, opening late, open — and may revoke any
 * of them at once, even while the diary system has not opened access yet; nobody else learns
 * anything about the child from it.
 */
class R13TrustedPersonsPageTest extends RuleTest {

  @BeforeEach
  void aDiarySystemThatOpensLater() {
    theFamily();
    world.diarySystem.answer(ProvisioningStatus.ACCEPTED_FOR_LATER);
  }

  private List<TrustedPerson> page(org.diaryaccess.spi.id.CitizenId asker) {
    return access.trustedPersons(asker, PageRequest.first()).items();
  }

  private Grant ninaAcceptsForAnton() {
    Invitation invitation = access.send(VASILISA_ID, byPhone(NINA_PHONE, "Кубарева", ANTON)
        .withSections(EnumSet.of(DiarySection.GRADES, DiarySection.HOMEWORK)).withEndDate(LocalDate.of(2027, 5, 31)));
    Grant grant = access.accept(NINA_ID, invitation.id()).grants().get(0);
    access.housekeeping();
    return grant;
  }

  @Test
  void betweenAcceptanceAndOpeningTheMotherSeesTheGrandmotherWhomNoDecisionLetsInYet() {
    Grant grant = ninaAcceptsForAnton();

    assertThat(access.whoCanSee(VASILISA_ID, ANTON, PageRequest.first()).items())
        .as("who can see now: not the grandmother yet").noneMatch(v -> v.basis() instanceof Basis.TrustedPerson);
    TrustedPerson nina = page(VASILISA_ID).get(0);
    assertThat(nina.pupil()).isEqualTo(ANTON);
    assertThat(nina.pupilName()).isEqualTo(PersonName.of("Кубарев", "Антон", "Дмитриевич"));
    assertThat(nina.className()).isEqualTo("9Б");
    assertThat(nina.person()).isEqualTo(NINA_ID);
    assertThat(nina.name()).isEqualTo(Guide.nina().name());
    assertThat(nina.standing()).isEqualTo(Standing.PROVISIONING);
    assertThat(nina.sections()).containsExactly(DiarySection.GRADES, DiarySection.HOMEWORK);
    assertThat(nina.endDate()).isEqualTo(LocalDate.of(2027, 5, 31));
    assertThat(nina.invitedBy()).isEqualTo(VASILISA_ID);
    assertThat(nina.acceptedAt()).isEqualTo(grant.acceptedAt());
    assertThat(nina.opensBy()).isEqualTo(grant.acceptedAt().plus(Duration.ofHours(24)));
    assertThat(nina.activatedAt()).isNull();
    assertThat(nina.grant()).isEqualTo(grant.id());
    assertThat(nina.actions()).containsExactly(Action.REVOKE);
    assertThat(page(DMITRY_ID)).as("the other parent sees her too, and may revoke")
        .singleElement().satisfies(row -> assertThat(row.mayRevoke()).isTrue());
  }

  @Test
  void pastTheDeadlineTheOpeningIsLateAndOnceOpenedItIsOpen() {
    Grant grant = ninaAcceptsForAnton();
    world.after(Duration.ofHours(25));
    assertThat(page(VASILISA_ID)).extracting(TrustedPerson::standing).containsExactly(Standing.PROVISIONING_LATE);

    access.confirmProvisioning(grant.id());
    TrustedPerson open = page(VASILISA_ID).get(0);
    assertThat(open.standing()).isEqualTo(Standing.ACTIVE);
    assertThat(open.activatedAt()).isEqualTo(world.clock.instant());
    assertThat(open.opensBy()).isNull();
  }

  @Test
  void revokingWhileStillBeingOpenedClosesTheRequestAndTellsBothSides() {
    world.diarySystem.down(true);
    Grant grant = ninaAcceptsForAnton();
    assertThat(world.diarySystem.opened()).as("the request to open is still in the outbox").isEmpty();

    assertThat(access.revoke(VASILISA_ID, page(VASILISA_ID).get(0).grant()).state()).isEqualTo(GrantState.REVOKED);
    world.diarySystem.down(false);
    world.after(Duration.ofHours(2));
    access.housekeeping();

    assertThat(page(VASILISA_ID)).isEmpty();
    assertThat(world.diarySystem.opened()).as("never opened once revoked").isEmpty();
    assertThat(world.diarySystem.closed()).containsExactly(grant.id());
    assertThat(refusal(() -> access.confirmProvisioning(grant.id()))).containsExactly(ReasonCode.GRANT_NOT_PROVISIONING);
    assertThat(access.decide(NINA_ID, ANTON).reasons()).containsExactly(ReasonCode.NO_ACCESS_BASIS);
    assertThat(world.centre.inboxOf(NINA_ID)).extracting(n -> n.topic()).contains(Topic.ACCESS_REVOKED);
    assertThat(world.centre.inboxOf(VASILISA_ID)).extracting(n -> n.topic()).contains(Topic.ACCESS_REVOKED);
  }

  @Test
  void anInvitationAwaitingItsAnswerIsListedAndOnlyItsSenderMayCancelIt() {
    Invitation invitation = access.send(VASILISA_ID, byPhone(NANNY_PHONE, "Соколова", ANTON, MASHA));

    List<TrustedPerson> mother = page(VASILISA_ID);
    assertThat(mother).extracting(TrustedPerson::pupil).as("one row per child").containsExactly(ANTON, MASHA);
    TrustedPerson nanny = mother.get(0);
    assertThat(nanny.standing()).isEqualTo(Standing.INVITED);
    assertThat(nanny.person()).isEqualTo(NANNY_ID);
    assertThat(nanny.invitation()).isEqualTo(invitation.id());
    assertThat(nanny.sentAt()).isEqualTo(invitation.sentAt());
    assertThat(nanny.answerBy()).isEqualTo(invitation.expiresAt());
    assertThat(nanny.grant()).isNull();
    assertThat(nanny.actions()).containsExactly(Action.CANCEL);
    assertThat(page(DMITRY_ID)).as("the other parent sees it, but did not send it")
        .hasSize(2).allSatisfy(row -> assertThat(row.actions()).isEmpty());

    world.after(access.settings().invitationLifetime().plusMinutes(1));
    assertThat(page(VASILISA_ID)).as("expired, even before the sweep").isEmpty();
  }

  @Test
  void aGrantWhoseBasisIsGoneIsNotListedAsIfItStillStood() {
    ninaAcceptsForAnton();
    world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim()),
        Guide.mashaRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()));
    assertThat(page(DMITRY_ID)).as("the grandmother's grant came from a mother no longer listed").isEmpty();
  }

  @Test
  void anyoneWhoIsNotACurrentRepresentativeGetsTheAnswerForAChildThatDoesNotExist() {
    ninaAcceptsForAnton();
    ReasonCode nobody = refusal(() -> access.trustedPersons(VASILISA_ID, org.diaryaccess.spi.id.PupilRecordId.of("no-such"),
        PageRequest.first())).get(0);
    assertThat(nobody).isEqualTo(ReasonCode.NOT_A_REPRESENTATIVE);
    for (var asker : List.of(STRANGER_ID, NINA_ID, Guide.ANTON_CITIZEN_ID, id("nobody"))) {
      assertThat(refusal(() -> access.trustedPersons(asker, ANTON, PageRequest.first()))).as("%s", asker)
          .containsExactly(nobody);
    }
    assertThat(page(STRANGER_ID)).isEmpty();
    assertThat(page(NINA_ID)).as("a trusted person represents nobody").isEmpty();

    // A mother the school no longer lists is a stranger to the page, as is one whose child came of age.
    world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim()));
    assertThat(refusal(() -> access.trustedPersons(VASILISA_ID, ANTON, PageRequest.first()))).containsExactly(nobody);
    world.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    world.clock.set(java.time.Instant.parse("2029-03-15T09:00:00Z"));
    assertThat(refusal(() -> access.trustedPersons(VASILISA_ID, ANTON, PageRequest.first()))).containsExactly(nobody);
    assertThat(access.trustedPersons(VASILISA_ID, MASHA, PageRequest.first()).items()).isEmpty();
    assertThat(refusal(() -> access.trustedPersons(id("nobody"), PageRequest.first())))
        .containsExactly(ReasonCode.CITIZEN_UNKNOWN);
  }

  @Test
  void pagesWalkEveryRowOnceWithStableCursors() {
    ninaAcceptsForAnton();
    access.send(VASILISA_ID, byPhone(NANNY_PHONE, "Соколова", ANTON, MASHA));
    List<TrustedPerson> all = page(VASILISA_ID);
    assertThat(all).hasSize(3);

    List<TrustedPerson> walked = new ArrayList<>();
    Page<TrustedPerson> page = access.trustedPersons(VASILISA_ID, PageRequest.first(1));
    walked.addAll(page.items());
    while (page.nextCursor() != null) {
      page = access.trustedPersons(VASILISA_ID, new PageRequest(page.nextCursor(), 1));
      walked.addAll(page.items());
    }
    assertThat(walked).isEqualTo(all);
    assertThat(all).extracting(TrustedPerson::standing).as("grants before invitations, child by child")
        .containsExactly(Standing.PROVISIONING, Standing.INVITED, Standing.INVITED);
  }
}
