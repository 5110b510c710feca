package org.diaryaccess.tck.arbitraries;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * The worlds the kit draws, for a host's own properties: citizens and pupil records with contacts
 * as people write them (valid ones in every spelling, and a share of hostile text), and
 * invitations and grants in every state their lifecycles reach. Ids are drawn from a small range,
 * so that values drawn together meet: a grant's trustee is often a drawn citizen, an invitation's
 * pupil a drawn record.
 */
public final class DiaryArbitraries {
  /** When the drawn world starts: the first day of a school year. */
  public static final Instant START = Instant.parse("2026-09-01T06:00:00Z");

  private DiaryArbitraries() {}

  /**
   * Citizen ids {@code citizen-0} to {@code citizen-19}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<CitizenId> citizenIds() {
    return Arbitraries.integers().between(0, 19).map(n -> CitizenId.of("citizen-" + n));
  }

  /**
   * Pupil record ids {@code pupil-0} to {@code pupil-9}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PupilRecordId> pupilIds() {
    return Arbitraries.integers().between(0, 9).map(n -> PupilRecordId.of("pupil-" + n));
  }

  /**
   * Contacts as a profile or a school's record holds them: each field missing, valid in one of its
   * spellings, or (one time in ten) hostile text that is not a valid contact.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Contacts> contacts() {
    Arbitrary<@Nullable String> email = field(ContactArbitraries.emailSpellings().map(ContactArbitraries.Spelled::spelled));
    Arbitrary<@Nullable String> phone =
        field(ContactArbitraries.mobilePhoneSpellings().map(ContactArbitraries.Spelled::spelled));
    Arbitrary<@Nullable String> snils = field(ContactArbitraries.validSnilsSpellings());
    return Combinators.combine(email, phone, snils).as(Contacts::of);
  }

  private static Arbitrary<@Nullable String> field(Arbitrary<String> valid) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just((@Nullable String) null)),
        Tuple.of(6, valid.map(v -> (@Nullable String) v)),
        Tuple.of(1, HostileText.contactLike()));
  }

  /**
   * Names with Russian surnames (some with «ё», some double-barrelled), with or without a
   * patronymic.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PersonName> names() {
    return Combinators.combine(ContactArbitraries.surnames(), Arbitraries.of("Анна", "Пётр", "Нина", "Дмитрий", "Ольга"),
        Arbitraries.of("Петровна", "Сергеевич").injectNull(0.3)).as(PersonName::of);
  }

  /**
   * Citizens with an id from {@link #citizenIds()}, born between 1950 and 2015 (some minors), some
   * with no date of birth.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Citizen> citizens() {
    Arbitrary<@Nullable LocalDate> born = Arbitraries.integers().between(1950, 2015)
        .map(year -> (@Nullable LocalDate) LocalDate.of(year, 3, 15)).injectNull(0.2);
    return Combinators.combine(citizenIds(), names(), born, contacts())
        .as((id, name, date, contacts) -> new Citizen(id, name, date, null, contacts));
  }

  /**
   * Pupil records with an id from {@link #pupilIds()}: enrolled or not, born between 2008 and
   * 2020 (some turn 18 soon), with their own contacts and up to two legal representatives of any
   * kind.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PupilRecord> pupilRecords() {
    Arbitrary<LegalRepresentative> representative = Combinators.combine(Arbitraries.of(RepresentativeKind.class),
        names(), contacts()).as(LegalRepresentative::new);
    Arbitrary<@Nullable LocalDate> born = Arbitraries.integers().between(2008, 2020)
        .map(year -> (@Nullable LocalDate) LocalDate.of(year, 10, 1)).injectNull(0.1);
    return Combinators.combine(pupilIds(), Arbitraries.of("1А", "5Б", "9В", "11А"), names(), born, contacts(),
            Arbitraries.of(true, true, true, false), representative.list().ofMaxSize(2))
        .as((id, className, name, date, own, enrolled, representatives) -> new PupilRecord(id,
            SchoolId.of("school-1"), className, name, date, own, enrolled, representatives));
  }

  /**
   * Invitations sent at or after {@link #START} for one or two pupils, pending or in any state an
   * answer, a cancellation or the expiry leads to.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Invitation> invitations() {
    Arbitrary<Invitation> pending = Combinators.combine(Arbitraries.integers().between(1, 999), twoCitizens(),
            pupilIds().list().uniqueElements().ofMinSize(1).ofMaxSize(2), sections(), endDates(), offsets())
        .as((n, parties, pupils, sections, end, sent) -> new Invitation(
            InvitationId.of(String.format("inv-%04d", n)), parties.get(0), parties.get(1), Service.E_DIARY, pupils,
            sections, end,
            InvitationState.PENDING, START.plus(sent), START.plus(sent).plus(Duration.ofDays(30)), null, 0));
    return Combinators.combine(pending, Arbitraries.of("pending", "accepted", "declined", "cancelled", "expired"))
        .as((invitation, fate) -> {
          Instant later = invitation.sentAt().plus(Duration.ofHours(1));
          return switch (fate) {
            case "accepted" -> invitation.accept(later);
            case "declined" -> invitation.decline(later);
            case "cancelled" -> invitation.cancel(later);
            case "expired" -> invitation.expire(invitation.expiresAt());
            default -> invitation;
          };
        });
  }

  /**
   * Grants accepted at or after {@link #START}: provisioning, active, or ended by revocation,
   * renunciation or termination.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Grant> grants() {
    Arbitrary<Grant> provisioning = Combinators.combine(Arbitraries.integers().between(1, 999), twoCitizens(),
            pupilIds(), sections(), endDates(), offsets())
        .as((n, parties, pupil, sections, end, accepted) -> new Grant(
            GrantId.of(String.format("grant-%04d", n)), InvitationId.of(String.format("inv-%04d", n)), parties.get(0),
            parties.get(1), pupil, Service.E_DIARY, sections, end, GrantState.PROVISIONING, START.plus(accepted),
            START.plus(accepted).plus(Duration.ofDays(1)), null, null, null, null, 0));
    return Combinators.combine(provisioning,
            Arbitraries.of("provisioning", "active", "revoked", "renounced", "terminated"))
        .as((grant, fate) -> {
          Instant later = grant.acceptedAt().plus(Duration.ofHours(2));
          return switch (fate) {
            case "active" -> grant.activate(later);
            case "revoked" -> grant.activate(later).revoke(grant.grantor(), later.plus(Duration.ofDays(3)));
            case "renounced" -> grant.activate(later).renounce(later.plus(Duration.ofDays(3)));
            case "terminated" -> grant.terminate(TerminationReason.PUPIL_NOT_ENROLLED, later);
            default -> grant;
          };
        });
  }

  /**
   * Several values drawn together, ids unique: the store can hold them all at once.
   *
   * @param <T> the values
   * @param values what to draw
   * @param id the id that must be unique
   * @param most how many at most
   * @return lists of values with distinct ids
   */
  public static <T> Arbitrary<List<T>> uniqueBy(Arbitrary<T> values, Function<T, ?> id, int most) {
    return values.list().ofMaxSize(most).map(list -> {
      List<T> unique = new ArrayList<>();
      Set<Object> seen = new HashSet<>();
      for (T value : list) {
        if (seen.add(id.apply(value))) {
          unique.add(value);
        }
      }
      return unique;
    });
  }

  /** Two different citizens: an inviter and an invitee, a grantor and a trustee. */
  private static Arbitrary<List<CitizenId>> twoCitizens() {
    return citizenIds().list().uniqueElements().ofSize(2);
  }

  private static Arbitrary<Set<DiarySection>> sections() {
    return Arbitraries.of(DiarySection.class).set().ofMinSize(1).map(EnumSet::copyOf);
  }

  private static Arbitrary<@Nullable LocalDate> endDates() {
    return Arbitraries.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 5, 31))
        .map(d -> (@Nullable LocalDate) d).injectNull(0.6);
  }

  private static Arbitrary<Duration> offsets() {
    return Arbitraries.longs().between(0, 200L * 24).map(Duration::ofHours);
  }
}
