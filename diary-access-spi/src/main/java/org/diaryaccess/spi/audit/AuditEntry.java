package org.diaryaccess.spi.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.jspecify.annotations.Nullable;

/**
 * One command as the audit log keeps it (R14): time, actor, subjects, outcome and reason. Holds
 * ids only — never contacts — so it is safe to show.
 *
 * @param sequence the position in the log, assigned by {@link org.diaryaccess.spi.AuditLog#append}; 0 before
 * @param at when
 * @param actor who acted; {@code null} for the library's own housekeeping
 * @param action the command
 * @param outcome done or refused
 * @param reason why it was refused, or why the library acted (for terminations)
 * @param invitation the invitation concerned, if any
 * @param grant the grant concerned, if any
 * @param pupils the children concerned
 * @param counterpart the other citizen concerned (the invitee, the trusted person), if any
 * @since 0.1.0
 */
public record AuditEntry(
    long sequence,
    Instant at,
    @Nullable CitizenId actor,
    AuditAction action,
    AuditOutcome outcome,
    @Nullable ReasonCode reason,
    @Nullable InvitationId invitation,
    @Nullable GrantId grant,
    List<PupilRecordId> pupils,
    @Nullable CitizenId counterpart) {

  /**
   * Checks the parts.
   *
   * @param sequence the position in the log, assigned by {@link org.diaryaccess.spi.AuditLog#append}; 0 before
   * @param at when
   * @param actor who acted; {@code null} for the library's own housekeeping
   * @param action the command
   * @param outcome done or refused
   * @param reason why it was refused, or why the library acted (for terminations)
   * @param invitation the invitation concerned, if any
   * @param grant the grant concerned, if any
   * @param pupils the children concerned
   * @param counterpart the other citizen concerned (the invitee, the trusted person), if any
   */
  public AuditEntry {
    checkNotNull(at, "at");
    checkNotNull(action, "action");
    checkNotNull(outcome, "outcome");
    pupils = ImmutableList.copyOf(pupils);
    checkArgument(sequence >= 0, "sequence %s is negative", sequence);
    checkArgument(outcome == AuditOutcome.DONE || reason != null, "a refusal has a reason");
  }

  /**
   * This entry at its place in the log.
   *
   * @param position the sequence number
   * @return the entry with it
   */
  public AuditEntry at(long position) {
    return new AuditEntry(position, at, actor, action, outcome, reason, invitation, grant, pupils, counterpart);
  }
}
