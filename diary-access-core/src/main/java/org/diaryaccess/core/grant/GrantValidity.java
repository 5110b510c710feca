package org.diaryaccess.core.grant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.spi.DecisionFacts;
import org.diaryaccess.spi.DecisionFacts.Enrolment;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/**
 * Rule R10, the part that does not depend on the grant's own state: a grant stands while the
 * pupil record is enrolled, the child is not of age (R12), its end date has not passed, and the
 * citizen who granted it is still a legal representative of the child. Evaluated at every
 * decision, so a stale grant never lets anyone in; the sweep uses the same check to terminate.
 *
 * @since 0.1.0
 */
public final class GrantValidity {
  private final Representation representation;

  /**
   * Creates it with what it uses.
   *
   * @param representation R4/R12
   */
  public GrantValidity(Representation representation) {
    this.representation = checkNotNull(representation, "representation");
  }

  /**
   * Why the grant no longer stands, given everything it depends on: a pure function.
   *
   * @param grant the grant
   * @param record the child's record, {@code null} if gone
   * @param grantor the citizen who granted it, {@code null} if no longer registered
   * @param today the day
   * @return the reason, or {@code null} if it stands
   */
  public @Nullable TerminationReason staleness(Grant grant, @Nullable PupilRecord record, @Nullable Citizen grantor,
      LocalDate today) {
    return staleness(grant.endDate(), record == null ? null : Enrolment.of(record),
        grantor == null ? null : grantor.contacts(), today);
  }

  /**
   * Why the grant no longer stands, from what a decision reads: a pure function.
   *
   * @param grant the grant's terms, with its grantor's contacts ({@code null} if no longer
   *     registered)
   * @param record what a decision reads of the child's record, {@code null} if gone
   * @param today the day
   * @return the reason, or {@code null} if it stands
   * @since 0.3.0
   */
  public @Nullable TerminationReason staleness(DecisionFacts.Terms grant, @Nullable Enrolment record,
      LocalDate today) {
    return staleness(grant.endDate(), record, grant.grantor(), today);
  }

  private @Nullable TerminationReason staleness(@Nullable LocalDate end, @Nullable Enrolment record,
      @Nullable Contacts grantor, LocalDate today) {
    if (record == null || !record.enrolled()) {
      return TerminationReason.PUPIL_NOT_ENROLLED;
    }
    if (representation.isOfAge(record, today)) {
      return TerminationReason.PUPIL_OF_AGE;
    }
    if (end != null && today.isAfter(end)) {
      return TerminationReason.END_DATE_PASSED;
    }
    if (grantor == null || !representation.isListedRepresentative(grantor, record)) {
      return TerminationReason.GRANTOR_NOT_REPRESENTATIVE;
    }
    return null;
  }

  /**
   * The reason code a decision gives for a termination reason.
   *
   * @param reason the termination reason
   * @return the matching reason code
   */
  public static ReasonCode reasonCode(TerminationReason reason) {
    return switch (reason) {
      case END_DATE_PASSED -> ReasonCode.GRANT_END_DATE_PASSED;
      case PUPIL_NOT_ENROLLED -> ReasonCode.PUPIL_NOT_ENROLLED;
      case GRANTOR_NOT_REPRESENTATIVE -> ReasonCode.GRANTOR_NOT_REPRESENTATIVE;
      case PUPIL_OF_AGE -> ReasonCode.PUPIL_OF_AGE;
    };
  }
}
