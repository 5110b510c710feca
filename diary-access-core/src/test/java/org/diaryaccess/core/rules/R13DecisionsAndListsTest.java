package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.ANTON_CITIZEN_ID;
import static org.diaryaccess.core.testing.Guide.DMITRY_ID;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.Viewer;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.junit.jupiter.api.Test;

/** R13: decisions carry their basis or reasons; lists are paged with stable cursors and never truncated. */
class R13DecisionsAndListsTest extends RuleTest {

  @Override
  protected AccessSettings settings() {
    return AccessSettings.defaults().withInvitationsPerDay(100).withTrustedPersonsPerChild(100);
  }

  @Test
  void everyoneWhoCanSeeAChildWithTheirBasisOnlyForItsRepresentatives() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    List<Viewer> viewers = access.whoCanSee(DMITRY_ID, ANTON, PageRequest.first()).items();

    assertThat(viewers).extracting(v -> v.citizen().value() + ":" + v.basis().getClass().getSimpleName())
        .containsExactly("citizen-anton:Self", "citizen-dmitry:LegalRepresentative", "citizen-nina:TrustedPerson",
            "citizen-vasilisa:LegalRepresentative");
    assertThat(viewers.get(2).basis()).isEqualTo(new Basis.TrustedPerson(grant.id(), grant.sections()));
    assertThat(refusal(() -> access.whoCanSee(NINA_ID, ANTON, PageRequest.first())))
        .containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
    assertThat(refusal(() -> access.whoCanSee(ANTON_CITIZEN_ID, ANTON, PageRequest.first())))
        .containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
  }

  @Test
  void theDiariesACitizenCanSeePageByPage() {
    theFamily();
    ninaTrustedForAnton();
    Page<VisibleDiary> first = access.visibleDiaries(VASILISA_ID, PageRequest.first(1));
    Page<VisibleDiary> second = access.visibleDiaries(VASILISA_ID, PageRequest.after(first.next().orElseThrow(), 1));

    assertThat(first.items()).extracting(VisibleDiary::pupil).containsExactly(ANTON);
    assertThat(second.items()).extracting(VisibleDiary::pupil).containsExactly(MASHA_RECORD);
    assertThat(second.next()).isEmpty();
    assertThat(access.visibleDiaries(NINA_ID, PageRequest.first()).items())
        .singleElement().satisfies(d -> assertThat(d.basis()).isInstanceOf(Basis.TrustedPerson.class));
  }

  @Test
  void invitationsSentAndReceivedByStateWithStableCursors() {
    theFamily();
    List<Invitation> sent = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Invitation invitation = vasilisaInvitesNina(ANTON);
      sent.add(invitation);
      access.decline(NINA_ID, invitation.id());
      world.after(java.time.Duration.ofDays(31));
    }
    vasilisaInvitesNina(ANTON);

    List<Invitation> all = new ArrayList<>();
    Page<Invitation> page = access.invitationsSent(VASILISA_ID, Set.of(InvitationState.DECLINED), PageRequest.first(3));
    all.addAll(page.items());
    while (page.next().isPresent()) {
      page = access.invitationsSent(VASILISA_ID, Set.of(InvitationState.DECLINED),
          PageRequest.after(page.next().get(), 3));
      all.addAll(page.items());
    }
    assertThat(all).extracting(Invitation::id).containsExactlyElementsOf(sent.stream().map(Invitation::id).toList());
    assertThat(access.invitationsReceived(NINA_ID, Set.of(InvitationState.PENDING), PageRequest.first()).items())
        .hasSize(1);
    assertThat(access.invitationsReceived(NINA_ID, Set.of(), PageRequest.first(100)).items()).hasSize(8);
  }

  @Test
  void aBadCursorOrPageSizeIsInvalidInput() {
    theFamily();
    assertThat(invalid(() -> access.invitationsSent(VASILISA_ID, Set.of(), new PageRequest(null, 0))))
        .containsExactly(ReasonCode.INVALID_PAGE);
    assertThat(invalid(() -> access.invitationsSent(VASILISA_ID, Set.of(), PageRequest.after(" bad\u0000", 10))))
        .containsExactly(ReasonCode.INVALID_PAGE);
  }

  @Test
  void nullArgumentsAreInvalidInputNotNullPointers() {
    assertThat(invalid(() -> access.decide(null, ANTON))).containsExactly(ReasonCode.REQUIRED);
    assertThat(invalid(() -> access.decide(VASILISA_ID, null))).containsExactly(ReasonCode.REQUIRED);
    assertThat(invalid(() -> access.visibleDiaries(VASILISA_ID, null))).containsExactly(ReasonCode.REQUIRED);
    assertThat(invalid(() -> access.revoke(VASILISA_ID, null))).containsExactly(ReasonCode.REQUIRED);
  }
}
