package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.MASHA;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.World;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;

/**
 * Fixtures that read like the guide: the Ivanchenko–Kubarev family (Vasilisa and Dmitry, their
 * children Anton in 9Б and Masha in 3А), the grandmother Nina, a nanny and a stranger.
 */
abstract class RuleTest {
  protected final World world = new World(settings());
  protected final DiaryAccess access = world.access;

  /** The settings this rule is tested with. */
  protected AccessSettings settings() {
    return AccessSettings.defaults();
  }

  /** Registers everyone and lists both parents for both children. */
  protected void theFamily() {
    world.registered(Guide.vasilisa(), Guide.dmitry(), Guide.antonCitizen(), Guide.nina(), Guide.nanny(),
        Guide.stranger());
    world.schoolHolds(
        Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()),
        Guide.mashaRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()));
  }

  protected static InvitationRequest byPhone(String phone, String surname, PupilRecordId... pupils) {
    return InvitationRequest.byPhone(phone, surname, ids(pupils));
  }

  protected static List<String> ids(PupilRecordId... pupils) {
    return Arrays.stream(pupils).map(PupilRecordId::value).toList();
  }

  /** Vasilisa invites the grandmother for the given children. */
  protected Invitation vasilisaInvitesNina(PupilRecordId... pupils) {
    return access.send(Guide.VASILISA_ID, byPhone(Guide.NINA_PHONE, "Кубарева", pupils.length == 0
        ? new PupilRecordId[] {ANTON} : pupils));
  }

  /** The grandmother, invited by Vasilisa, accepted and provisioned: an active grant for Anton. */
  protected Grant ninaTrustedForAnton() {
    Invitation invitation = vasilisaInvitesNina(ANTON);
    Grant grant = access.accept(Guide.NINA_ID, invitation.id()).grants().get(0);
    access.housekeeping();
    return grant;
  }

  protected static List<ReasonCode> refusal(ThrowingCallable command) {
    RefusedException refused = catchThrowableOfType(RefusedException.class, command);
    if (refused == null) {
      throw new AssertionError("expected a refusal");
    }
    return refused.reasons();
  }

  protected static List<ReasonCode> invalid(ThrowingCallable command) {
    InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, command);
    if (invalid == null) {
      throw new AssertionError("expected invalid input");
    }
    return invalid.reasons();
  }

  protected static void refusedFor(ReasonCode reason, ThrowingCallable command) {
    assertThatThrownBy(command).isInstanceOfSatisfying(RefusedException.class,
        e -> org.assertj.core.api.Assertions.assertThat(e.reasons()).contains(reason));
  }

  protected static CitizenId id(String value) {
    return CitizenId.of(value);
  }

  protected static final PupilRecordId ANTON_RECORD = ANTON;
  protected static final PupilRecordId MASHA_RECORD = MASHA;
}
