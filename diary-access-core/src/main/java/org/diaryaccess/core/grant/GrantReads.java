package org.diaryaccess.core.grant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.people.Citizen;

/**
 * R13: a grant as a citizen reads it by id — what a notice about it points to. It answers only to
 * those it concerns, and shows the grant as it stands now ({@link GrantStanding}).
 *
 * @since 0.1.0
 */
public final class GrantReads {
  private final UnitOfWork unitOfWork;
  private final Grants grants;
  private final Citizens citizens;
  private final SchoolRegister register;
  private final Representation representation;
  private final GrantStanding standing;
  private final Clock clock;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork each read runs in one
   * @param grants where they are
   * @param citizens who asks
   * @param register the child's record, for its legal representatives
   * @param representation R4 with R12
   * @param standing R10 as the grant is read
   * @param clock when is now
   * @param settings the zone
   */
  public GrantReads(UnitOfWork unitOfWork, Grants grants, Citizens citizens, SchoolRegister register,
      Representation representation, GrantStanding standing, Clock clock, AccessSettings settings) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.grants = checkNotNull(grants, "grants");
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.representation = checkNotNull(representation, "representation");
    this.standing = checkNotNull(standing, "standing");
    this.clock = checkNotNull(clock, "clock");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * A grant, to those it concerns: the trusted person, the grantor, and a current legal
   * representative of the child. Anyone else is answered exactly as for an id that exists nowhere.
   *
   * @param asker who asks
   * @param id the grant
   * @return the grant as it stands now
   * @throws RefusedException {@code GRANT_UNKNOWN}
   */
  public Grant grant(CitizenId asker, GrantId id) {
    return unitOfWork.read(() -> {
      Instant now = clock.instant();
      LocalDate today = settings.dayOf(now);
      Grant grant = grants.findById(id)
          .filter(found -> concerns(found, asker, today))
          .orElseThrow(() -> RefusedException.because(ReasonCode.GRANT_UNKNOWN));
      return standing.asOf(grant, now, today);
    });
  }

  private boolean concerns(Grant grant, CitizenId asker, LocalDate today) {
    if (grant.trustee().equals(asker) || grant.grantor().equals(asker)) {
      return true;
    }
    Citizen citizen = citizens.findById(asker).orElse(null);
    return citizen != null && register.findById(grant.pupil())
        .filter(record -> representation.isRepresentative(citizen, record, today))
        .isPresent();
  }
}
