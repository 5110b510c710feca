package org.diaryaccess.core.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.World;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.junit.jupiter.api.Test;

/** One housekeeping run expires every invitation due, however many batches they fill. */
class ExpiryBatchesTest {

  @Test
  void moreExpiredInvitationsThanOneBatchAllExpireInOneRun() {
    World world = new World();
    int due = InvitationExpiry.BATCH + 1;
    world.store().unitOfWork().write(() -> {
      for (int i = 0; i < due; i++) {
        world.store().invitations().insert(Invitation.pending(InvitationId.of(String.format("inv-%04d", i)),
            VASILISA_ID, NINA_ID, Service.E_DIARY, List.of(ANTON), EnumSet.of(DiarySection.GRADES), null,
            Guide.SCHOOL_YEAR_STARTS, Duration.ofDays(30)));
      }
      return null;
    });
    world.after(Duration.ofDays(31));

    assertThat(world.access.housekeeping().expiredInvitations()).isEqualTo(due);
    assertThat(world.store().unitOfWork().read(() -> world.store().invitations()
        .findById(InvitationId.of(String.format("inv-%04d", due - 1)))).orElseThrow().state())
        .isEqualTo(InvitationState.EXPIRED);
  }
}
