package org.diaryaccess.core.grant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.grant.TerminationReason;
import org.jspecify.annotations.Nullable;

/**
 * Rule R10, the part that does not depend on the grant's own state: a grant stands while the
 * pupil record is enrolled, the child is not of age (R12), its end date has not passed, and the
 * citizen who granted it is still a legal representative of the child. Evaluated at every
 * decision, so a stale grant never lets anyone in; the sweep uses the same check to terminate.
 */
public final class GrantValidity {
  private final Citizens citizens;
  private final SchoolRegister register;
  private final Representation representation;

  /**
   * @param citizens to load the grantor
   * @param register to load the record
   * @param representation R4/R12
   */
  public GrantValidity(Citizens citizens, SchoolRegister register, Representation representation) {
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.representation = checkNotNull(representation, "representation");
  }

  /**
   * Why the grant no longer stands, loading what it needs.
   *
   * @param grant the grant
   * @param today the day
   * @return the reason, or empty if it stands
   */
  public Optional<TerminationReason> staleness(Grant grant, LocalDate today) {
    PupilRecord record = register.findById(grant.pupil()).orElse(null);
    return Optional.ofNullable(staleness(grant, record, today));
  }

  /**
   * Why the grant no longer stands, given the record.
   *
   * @param grant the grant
   * @param record the child's record, {@code null} if gone
   * @param today the day
   * @return the reason, or {@code null} if it stands
   */
  public @Nullable TerminationReason staleness(Grant grant, @Nullable PupilRecord record, LocalDate today) {
    return staleness(grant, record, citizens.findById(grant.grantor()).orElse(null), today);
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
    if (record == null || !record.enrolled()) {
      return TerminationReason.PUPIL_NOT_ENROLLED;
    }
    if (representation.isOfAge(record, today)) {
      return TerminationReason.PUPIL_OF_AGE;
    }
    LocalDate end = grant.endDate();
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
