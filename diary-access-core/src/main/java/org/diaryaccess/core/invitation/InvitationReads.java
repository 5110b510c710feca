package org.diaryaccess.core.invitation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;

/**
 * R13: invitations as a citizen reads them — by id, and the lists of those sent and received,
 * by state, in pages with stable cursors. Every read shows an invitation as it stands now
 * ({@link Invitation#asOf}): one past its expiry reads as expired, and a filter for pending ones
 * leaves it out, before housekeeping records it.
 *
 * @since 0.1.0
 */
public final class InvitationReads {
  private final UnitOfWork unitOfWork;
  private final Invitations invitations;
  private final Citizens citizens;
  private final SchoolRegister register;
  private final Representation representation;
  private final Clock clock;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork each read runs in one
   * @param invitations where they are
   * @param citizens who asks
   * @param register the children's records, for their legal representatives
   * @param representation R4 with R12
   * @param clock when is now
   * @param settings the zone
   */
  public InvitationReads(UnitOfWork unitOfWork, Invitations invitations, Citizens citizens, SchoolRegister register,
      Representation representation, Clock clock, AccessSettings settings) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.invitations = checkNotNull(invitations, "invitations");
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.representation = checkNotNull(representation, "representation");
    this.clock = checkNotNull(clock, "clock");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * An invitation, to those it concerns: the inviter, the invitee, and a current legal
   * representative of one of its children. Anyone else is answered exactly as for an id that
   * exists nowhere.
   *
   * @param asker who asks
   * @param id the invitation
   * @return the invitation as it stands now
   * @throws RefusedException {@code INVITATION_UNKNOWN}
   */
  public Invitation invitation(CitizenId asker, InvitationId id) {
    return unitOfWork.read(() -> {
      Instant now = clock.instant();
      Invitation invitation = invitations.findById(id)
          .filter(found -> concerns(found, asker, settings.dayOf(now)))
          .orElseThrow(() -> RefusedException.because(ReasonCode.INVITATION_UNKNOWN));
      return invitation.asOf(now);
    });
  }

  private boolean concerns(Invitation invitation, CitizenId asker, LocalDate today) {
    if (invitation.inviter().equals(asker) || invitation.invitee().equals(asker)) {
      return true;
    }
    Citizen citizen = citizens.findById(asker).orElse(null);
    return citizen != null && register.findAllById(invitation.pupils()).stream()
        .anyMatch(record -> representation.isRepresentative(citizen, record, today));
  }

  /**
   * Invitations a citizen sent, in id order.
   *
   * @param inviter the citizen
   * @param states the states to include as they stand now, empty for all
   * @param page which page
   * @return the page
   */
  public Page<Invitation> sent(CitizenId inviter, Set<InvitationState> states, PageRequest page) {
    return unitOfWork.read(() -> {
      Instant now = clock.instant();
      return invitations.sentBy(inviter, states, now, page).map(invitation -> invitation.asOf(now));
    });
  }

  /**
   * Invitations a citizen received, in id order.
   *
   * @param invitee the citizen
   * @param states the states to include as they stand now, empty for all
   * @param page which page
   * @return the page
   */
  public Page<Invitation> received(CitizenId invitee, Set<InvitationState> states, PageRequest page) {
    return unitOfWork.read(() -> {
      Instant now = clock.instant();
      return invitations.receivedBy(invitee, states, now, page).map(invitation -> invitation.asOf(now));
    });
  }
}
