package org.diaryaccess.core.trusted;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.diaryaccess.core.grant.GrantValidity;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.support.Paging;
import org.diaryaccess.spi.TrustedPersonFacts;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/**
 * The «Доверенные лица» page of a legal representative: for each child the citizen currently
 * represents (R4 with R12), every live grant — open, or still being opened in the diary system,
 * on time or late — and every invitation awaiting its answer, as they stand now. A grant whose
 * basis is gone (R10) and an invitation past its expiry are over, so they are not listed. Any
 * current representative may revoke any of the child's grants (R11); only the one who sent an
 * invitation may cancel it (R8).
 *
 * <p>Between acceptance and provisioning, which may take a day or more, this is where the parent
 * sees the trusted person and may revoke her: {@code whoCanSee} lists only who can see now.
 *
 * @since 0.2.0
 */
public final class TrustedPersons {
  private final UnitOfWork unitOfWork;
  private final TrustedPersonFacts facts;
  private final Representation representation;
  private final GrantValidity validity;
  private final Clock clock;
  private final AccessSettings settings;

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork each page is read in one
   * @param facts what the page reads, fetched together
   * @param representation R4 with R12: whom the asker represents
   * @param validity R10: which grants still stand
   * @param clock when is now
   * @param settings the zone
   */
  public TrustedPersons(UnitOfWork unitOfWork, TrustedPersonFacts facts, Representation representation,
      GrantValidity validity, Clock clock, AccessSettings settings) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.facts = checkNotNull(facts, "facts");
    this.representation = checkNotNull(representation, "representation");
    this.validity = checkNotNull(validity, "validity");
    this.clock = checkNotNull(clock, "clock");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * The trusted persons of every child the asker currently represents, by child.
   *
   * @param asker who asks
   * @param page which page
   * @return the page, by child, grants before invitations; empty for a citizen who represents nobody
   * @throws RefusedException {@code CITIZEN_UNKNOWN}
   */
  public Page<TrustedPerson> of(CitizenId asker, PageRequest page) {
    return list(asker, null, page);
  }

  /**
   * The trusted persons of one child, for the child's current legal representative only.
   *
   * @param asker who asks
   * @param pupil the child
   * @param page which page
   * @return the page, grants before invitations
   * @throws RefusedException {@code NOT_A_REPRESENTATIVE} for anyone who is not a current legal
   *     representative of the child — the answer for a child that does not exist
   */
  public Page<TrustedPerson> of(CitizenId asker, PupilRecordId pupil, PageRequest page) {
    return list(asker, checkNotNull(pupil, "pupil"), page);
  }

  private Page<TrustedPerson> list(CitizenId asker, @Nullable PupilRecordId only, PageRequest page) {
    return unitOfWork.read(() -> {
      TrustedPersonFacts.Facts loaded = facts.load(asker, representation.match().lookupKeys());
      Citizen citizen = loaded.citizen();
      if (citizen == null) {
        throw RefusedException.because(only == null ? ReasonCode.CITIZEN_UNKNOWN : ReasonCode.NOT_A_REPRESENTATIVE);
      }
      Instant now = clock.instant();
      LocalDate today = settings.dayOf(now);
      TreeMap<String, TrustedPerson> rows = new TreeMap<>();
      boolean representsTheChild = false;
      for (TrustedPersonFacts.Child child : loaded.children()) {
        PupilRecord record = child.record();
        if ((only != null && !record.id().equals(only)) || !representation.isRepresentative(citizen, record, today)) {
          continue;
        }
        representsTheChild = true;
        for (Grant grant : child.liveGrants()) {
          if (validity.staleness(grant, record, loaded.people().get(grant.grantor()), today) == null) {
            rows.put(key(record.id(), 1, grant.id().value()), granted(record, grant, loaded.people(), now));
          }
        }
        for (Invitation invitation : child.pendingInvitations()) {
          if (!invitation.isExpiredAt(now)) {
            rows.put(key(record.id(), 2, invitation.id().value()),
                invited(record, invitation, loaded.people(), asker));
          }
        }
      }
      if (only != null && !representsTheChild) {
        throw RefusedException.because(ReasonCode.NOT_A_REPRESENTATIVE);
      }
      return Paging.page(rows, page);
    });
  }

  /** Unique and stable: the child's id, length first so that no two children's keys run together, then the row. */
  private static String key(PupilRecordId pupil, int kind, String id) {
    return String.format("%03d", pupil.value().length()) + pupil.value() + kind + id;
  }

  private static TrustedPerson granted(PupilRecord record, Grant grant, Map<CitizenId, Citizen> people, Instant now) {
    TrustedPerson.Standing standing = grant.state() == GrantState.ACTIVE ? TrustedPerson.Standing.ACTIVE
        : grant.isOverdueAt(now) ? TrustedPerson.Standing.PROVISIONING_LATE : TrustedPerson.Standing.PROVISIONING;
    return new TrustedPerson(record.id(), record.name(), record.className(), grant.trustee(),
        name(people, grant.trustee()), standing, grant.sections(), grant.endDate(), grant.grantor(),
        name(people, grant.grantor()), null, null, grant.acceptedAt(),
        standing.isOpening() ? grant.provisioningDeadline() : null, grant.activatedAt(), grant.invitation(),
        grant.id(), EnumSet.of(TrustedPerson.Action.REVOKE));
  }

  private static TrustedPerson invited(PupilRecord record, Invitation invitation, Map<CitizenId, Citizen> people,
      CitizenId asker) {
    return new TrustedPerson(record.id(), record.name(), record.className(), invitation.invitee(),
        name(people, invitation.invitee()), TrustedPerson.Standing.INVITED, invitation.sections(),
        invitation.endDate(), invitation.inviter(), name(people, invitation.inviter()), invitation.sentAt(),
        invitation.expiresAt(), null, null, null, invitation.id(), null,
        invitation.inviter().equals(asker) ? EnumSet.of(TrustedPerson.Action.CANCEL)
            : EnumSet.noneOf(TrustedPerson.Action.class));
  }

  private static @Nullable PersonName name(Map<CitizenId, Citizen> people, CitizenId id) {
    Citizen citizen = people.get(id);
    return citizen == null ? null : citizen.name();
  }
}
