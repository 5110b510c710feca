package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.DMITRY_ID;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.junit.jupiter.api.Test;

/** R11: any current legal representative may revoke; the trusted person may renounce; each party is told. */
class R11EndingAccessTest extends RuleTest {

  @Test
  void theOtherParentMayRevokeAndBothTheTrustedPersonAndTheGrantorAreTold() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    assertThat(access.revoke(DMITRY_ID, grant.id()).state()).isEqualTo(GrantState.REVOKED);
    access.housekeeping();

    assertThat(access.decide(NINA_ID, ANTON).isAllowed()).isFalse();
    assertThat(world.centre.inboxOf(NINA_ID)).extracting(n -> n.topic()).contains(Topic.ACCESS_REVOKED);
    assertThat(world.centre.inboxOf(VASILISA_ID)).extracting(n -> n.topic()).contains(Topic.ACCESS_REVOKED);
  }

  @Test
  void nobodyElseMayRevoke() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    assertThat(refusal(() -> access.revoke(NINA_ID, grant.id()))).containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
    assertThat(refusal(() -> access.revoke(Guide.STRANGER_ID, grant.id()))).containsExactly(ReasonCode.GRANT_UNKNOWN);
    assertThat(access.decide(NINA_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void theTrustedPersonMayRenounceAndTheGrantorIsTold() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    assertThat(refusal(() -> access.renounce(VASILISA_ID, grant.id()))).containsExactly(ReasonCode.NOT_THE_TRUSTEE);
    assertThat(access.renounce(NINA_ID, grant.id()).state()).isEqualTo(GrantState.RENOUNCED);
    access.housekeeping();

    assertThat(access.decide(NINA_ID, ANTON).isAllowed()).isFalse();
    assertThat(world.centre.inboxOf(VASILISA_ID)).extracting(n -> n.topic()).contains(Topic.ACCESS_RENOUNCED);
    assertThat(world.diarySystem.closed()).containsExactly(grant.id());
  }

  @Test
  void anEndedGrantCannotBeEndedAgain() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    access.revoke(VASILISA_ID, grant.id());
    assertThat(refusal(() -> access.revoke(VASILISA_ID, grant.id()))).containsExactly(ReasonCode.GRANT_NOT_LIVE);
    assertThat(refusal(() -> access.renounce(NINA_ID, grant.id()))).containsExactly(ReasonCode.GRANT_NOT_LIVE);
  }

  @Test
  void afterRevocationAFreshInvitationIsPossible() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    access.revoke(VASILISA_ID, grant.id());
    assertThat(vasilisaInvitesNina(ANTON).pupils()).containsExactly(ANTON);
  }
}
