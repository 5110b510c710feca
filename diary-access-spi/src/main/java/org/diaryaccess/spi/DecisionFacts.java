package org.diaryaccess.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;

/**
 * Exactly what one decision reads, and nothing a list or a page shows: the asker's contacts, the
 * record's enrolment, birth date and contacts with its representatives' contacts, and the terms
 * of the asker's live grants for the record with each grantor's contacts. No names, no schools, no
 * ids but the grant's, which an allowed decision names. A store reads it in one narrow query
 * ({@link AccessFacts#decisionFacts}); {@link #of(AccessFacts.Facts)} narrows the wide facts.
 *
 * <p>Contacts here may hold each valid value's normal form in place of its text as written (a
 * store need not read that text): they are {@linkplain Contacts#equals equal} to the stored
 * contacts, hold the same problems, and a match policy reads only normal forms, problems and
 * whether a field is written at all.
 *
 * @param asker the asker's contacts, or {@code null} if the citizen is unknown (then nothing else
 *     is read)
 * @param enrolment the record, or {@code null} if the id names none
 * @param liveGrants the terms of the asker's live grants for the record (at most one in a store
 *     that keeps R7's one live grant per trustee and child)
 * @since 0.3.0
 */
public record DecisionFacts(@Nullable Contacts asker, @Nullable Enrolment enrolment, List<Terms> liveGrants) {
  private static final DecisionFacts UNKNOWN = new DecisionFacts(null, null, List.of());

  /**
   * Copies the list.
   *
   * @param asker the asker's contacts, or {@code null} if the citizen is unknown
   * @param enrolment the record, or {@code null} if the id names none
   * @param liveGrants the terms of the asker's live grants for the record
   */
  public DecisionFacts {
    liveGrants = ImmutableList.copyOf(liveGrants);
  }

  /**
   * The facts when the citizen is unknown: nothing else is read.
   *
   * @return facts with no asker
   */
  public static DecisionFacts unknownCitizen() {
    return UNKNOWN;
  }

  /**
   * The wide facts, narrowed.
   *
   * @param wide what {@link AccessFacts#load} read
   * @return what of it a decision reads
   */
  public static DecisionFacts of(AccessFacts.Facts wide) {
    Citizen citizen = wide.citizen();
    return citizen == null ? UNKNOWN : of(citizen, wide.record(), wide.liveGrants(), wide.grantors());
  }

  /**
   * What a decision reads of the wide values.
   *
   * @param citizen who asks
   * @param record the record, or {@code null}
   * @param liveGrants the citizen's live grants for the record
   * @param grantors who granted them, by id (an unknown grantor is absent)
   * @return the narrow facts
   */
  public static DecisionFacts of(Citizen citizen, @Nullable PupilRecord record, List<Grant> liveGrants,
      Map<CitizenId, Citizen> grantors) {
    List<Terms> terms = new ArrayList<>(liveGrants.size());
    for (Grant grant : liveGrants) {
      Citizen grantor = grantors.get(grant.grantor());
      terms.add(Terms.of(grant, grantor == null ? null : grantor.contacts()));
    }
    return new DecisionFacts(citizen.contacts(), record == null ? null : Enrolment.of(record), terms);
  }

  /**
   * What a decision reads of a pupil record.
   *
   * @param enrolled whether the child is enrolled
   * @param birthDate the date of birth, if known
   * @param pupil the record's own contacts (the child's)
   * @param representatives the contacts of each legal-representative entry, in the record's order
   * @since 0.3.0
   */
  public record Enrolment(boolean enrolled, @Nullable LocalDate birthDate, Contacts pupil,
      List<Contacts> representatives) {
    /**
     * Checks and copies.
     *
     * @param enrolled whether the child is enrolled
     * @param birthDate the date of birth, if known
     * @param pupil the record's own contacts
     * @param representatives the contacts of each legal-representative entry
     */
    public Enrolment {
      checkNotNull(pupil, "pupil");
      representatives = ImmutableList.copyOf(representatives);
    }

    /**
     * What a decision reads of a record.
     *
     * @param record the record
     * @return its enrolment
     */
    public static Enrolment of(PupilRecord record) {
      List<LegalRepresentative> entries = record.representatives();
      List<Contacts> contacts = new ArrayList<>(entries.size());
      for (LegalRepresentative entry : entries) {
        contacts.add(entry.contacts());
      }
      return new Enrolment(record.enrolled(), record.birthDate(), record.contacts(), contacts);
    }
  }

  /**
   * What a decision reads of a live grant.
   *
   * @param id the grant, named by an allowed decision
   * @param sections the sections shared
   * @param endDate the last day of access, if limited
   * @param state where it stands
   * @param provisioningDeadline when it should be active at the latest (R9)
   * @param grantor the grantor's contacts, or {@code null} if the grantor is unknown
   * @since 0.3.0
   */
  public record Terms(GrantId id, Set<DiarySection> sections, @Nullable LocalDate endDate, GrantState state,
      Instant provisioningDeadline, @Nullable Contacts grantor) {
    /**
     * Checks and copies.
     *
     * @param id the grant
     * @param sections the sections shared
     * @param endDate the last day of access, if limited
     * @param state where it stands
     * @param provisioningDeadline when it should be active at the latest
     * @param grantor the grantor's contacts, or {@code null} if unknown
     */
    public Terms {
      checkNotNull(id, "id");
      sections = Sets.immutableEnumSet(sections);
      checkNotNull(state, "state");
      checkNotNull(provisioningDeadline, "provisioningDeadline");
    }

    /**
     * What a decision reads of a grant.
     *
     * @param grant the grant
     * @param grantor its grantor's contacts, or {@code null} if unknown
     * @return its terms
     */
    public static Terms of(Grant grant, @Nullable Contacts grantor) {
      return new Terms(grant.id(), grant.sections(), grant.endDate(), grant.state(), grant.provisioningDeadline(),
          grantor);
    }

    /**
     * Whether provisioning is overdue at an instant, as {@link Grant#isOverdueAt}.
     *
     * @param now the instant
     * @return {@code true} if provisioning and the deadline is before {@code now}
     */
    public boolean isOverdueAt(Instant now) {
      return state == GrantState.PROVISIONING && provisioningDeadline.isBefore(now);
    }
  }
}
