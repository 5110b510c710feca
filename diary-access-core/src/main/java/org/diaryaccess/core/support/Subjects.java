package org.diaryaccess.core.support;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.jspecify.annotations.Nullable;

/**
 * What a command is about, as far as it is known before it runs: recorded with a refusal.
 *
 * @param invitation the invitation, if any
 * @param grant the grant, if any
 * @param pupils the children
 * @param counterpart the other citizen, if any
 */
public record Subjects(
    @Nullable InvitationId invitation, @Nullable GrantId grant, List<PupilRecordId> pupils, @Nullable CitizenId counterpart) {

  /** Copies the list. */
  public Subjects {
    pupils = ImmutableList.copyOf(pupils);
  }

  /**
   * Subjects naming an invitation.
   *
   * @param id the invitation
   * @return subjects naming it
   */
  public static Subjects invitation(InvitationId id) {
    return new Subjects(id, null, List.of(), null);
  }

  /**
   * Subjects naming a grant.
   *
   * @param id the grant
   * @return subjects naming it
   */
  public static Subjects grant(GrantId id) {
    return new Subjects(null, id, List.of(), null);
  }

  /**
   * Subjects naming children.
   *
   * @param pupils the children
   * @return subjects naming them
   */
  public static Subjects pupils(List<PupilRecordId> pupils) {
    return new Subjects(null, null, pupils, null);
  }
}
