package org.diaryaccess.core.invitation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;

/**
 * The outcome of accepting an invitation (R8): the accepted invitation, one grant per child that
 * still qualified, and the children that no longer did (the inviter's authority ended, or the
 * person already had access).
 *
 * @param invitation the invitation, now accepted
 * @param grants the new grants, provisioning
 * @param notGranted children for whom no grant was made
 * @since 0.1.0
 */
public record Acceptance(Invitation invitation, List<Grant> grants, List<PupilRecordId> notGranted) {
  /**
   * Copies the lists.
   *
   * @param invitation the invitation, now accepted
   * @param grants the new grants, provisioning
   * @param notGranted children for whom no grant was made
   */
  public Acceptance {
    grants = ImmutableList.copyOf(grants);
    notGranted = ImmutableList.copyOf(notGranted);
  }
}
