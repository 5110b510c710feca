package org.diaryaccess.core.diagnosis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.text.Wording;
import org.jspecify.annotations.Nullable;

/**
 * Rule R6 («Если войти в дневник не получилось»), starting from what the citizen has: the diaries
 * open to them and on what basis; as a trusted person, access still being opened (and whether it
 * is late) and access that ended, by whom or why; as someone the school lists, a child who left
 * the school or came of age; and only then, for a citizen the school could list, what differs
 * between the profile and the school's data, with the card for the class teacher. It never names
 * a pupil, a school or a value the school holds to a citizen without a tie to the record, and to
 * one who matches no identifier of any entry it says only that the school's data do not hold
 * their contacts — which confirms nothing.
 *
 * @param openDiaries the diaries open to the citizen now, each with its basis, in pupil-id order
 * @param trustedAccess as a trusted person: access being opened, and access ended recently (within
 *     {@link Diagnostician#ENDED_SHOWN_FOR}) for a child she no longer sees, newest first
 * @param schoolNotes as the pupil or a legal representative the school lists: a record closed
 *     because the child left the school or came of age
 * @param profileProblems the citizen's own missing or invalid fields (R2), for a citizen the school
 *     could list; empty otherwise
 * @param findings what differs from school entries that already match one of the citizen's
 *     identifiers ({@code EMAIL_DIFFERS}, {@code MOBILE_PHONE_DIFFERS}, {@code SNILS_DIFFERS}), or
 *     {@code NO_SCHOOL_DATA_FOR_CONTACTS} for a citizen whom no entry matches and who has no other
 *     tie; empty for a trusted person the school has no reason to list
 * @param card the card for the class teacher, for a citizen the school could list when something
 *     differs or the profile lacks what the school must hold (an e-mail and a mobile phone);
 *     {@code null} otherwise
 * @since 0.1.0
 */
public record Diagnosis(
    List<VisibleDiary> openDiaries,
    List<GrantNote> trustedAccess,
    List<SchoolNote> schoolNotes,
    List<FieldProblem> profileProblems,
    List<ReasonCode> findings,
    @Nullable ClassTeacherCard card) {

  /**
   * Copies the lists.
   *
   * @param openDiaries the diaries open to the citizen now
   * @param trustedAccess access as a trusted person, being opened or ended
   * @param schoolNotes records closed for the pupil or a listed representative
   * @param profileProblems the citizen's own missing or invalid fields
   * @param findings what differs from the school's entries
   * @param card the card for the class teacher, or {@code null}
   */
  public Diagnosis {
    openDiaries = ImmutableList.copyOf(openDiaries);
    trustedAccess = ImmutableList.copyOf(trustedAccess);
    schoolNotes = ImmutableList.copyOf(schoolNotes);
    profileProblems = ImmutableList.copyOf(profileProblems);
    findings = ImmutableList.copyOf(findings);
  }

  /**
   * How many diaries the citizen can see now.
   *
   * @return the number of open diaries
   */
  public int visibleDiaries() {
    return openDiaries.size();
  }

  /**
   * The card for the class teacher, when there is something for the school to put right.
   *
   * @return the card, or empty for a citizen the school has no reason to list, or one it lists rightly
   */
  public Optional<ClassTeacherCard> classTeacherCard() {
    return Optional.ofNullable(card);
  }

  /**
   * Whether the citizen has a tie as a trusted person: a diary open, access being opened or ended.
   * Such access comes from a parent's invitation, not from the school's data.
   *
   * @return whether the citizen is, or was, someone's trusted person
   */
  public boolean isTrustedPerson() {
    return !trustedAccess.isEmpty() || openDiaries.stream().anyMatch(d -> d.basis() instanceof Basis.TrustedPerson);
  }

  /**
   * A trusted person's access to one child, not open: being opened, or ended.
   *
   * @param grant the grant
   * @param pupil the child
   * @param kind where it stands
   * @param reason why the library ended it, for {@link Kind#ENDED}
   * @param at when it was accepted (being opened) or ended
   * @param opensBy the provisioning deadline, for access being opened
   * @param words what the trusted person is told, naming whoever ended it
   */
  public record GrantNote(GrantId grant, PupilRecordId pupil, Kind kind, @Nullable TerminationReason reason,
      Instant at, @Nullable Instant opensBy, Wording words) {
    /**
     * Checks the parts.
     *
     * @param grant the grant
     * @param pupil the child
     * @param kind where it stands
     * @param reason why it ended, for {@link Kind#ENDED}
     * @param at when accepted or ended
     * @param opensBy the provisioning deadline, for access being opened
     * @param words what the trusted person is told
     */
    public GrantNote {
      checkNotNull(grant, "grant");
      checkNotNull(pupil, "pupil");
      checkNotNull(kind, "kind");
      checkNotNull(at, "at");
      checkNotNull(words, "words");
      checkArgument((kind == Kind.ENDED) == (reason != null), "a reason comes with an ending by the library");
      checkArgument(kind.isOpening() == (opensBy != null), "a deadline comes with an opening");
    }

    /** Where a trusted person's access stands. */
    public enum Kind {
      /** Accepted; the diary system opens it within its deadline. */
      OPENING,
      /** Accepted; not opened by its deadline, and the portal's support is on it. */
      OPENING_LATE,
      /** A legal representative revoked it. */
      REVOKED,
      /** The trusted person gave it up. */
      RENOUNCED,
      /** The library ended it: the end date, the child, or the grantor's authority. */
      ENDED;

      /**
       * Whether access is being opened, on time or late.
       *
       * @return whether opening
       */
      public boolean isOpening() {
        return this == OPENING || this == OPENING_LATE;
      }
    }
  }

  /**
   * A record the school keeps for the citizen, closed.
   *
   * @param pupil the child
   * @param ownRecord whether it is the citizen's own record (the pupil) rather than a child's
   * @param reason {@code PUPIL_NOT_ENROLLED} or {@code PUPIL_OF_AGE}
   * @param words what the citizen is told
   */
  public record SchoolNote(PupilRecordId pupil, boolean ownRecord, ReasonCode reason, Wording words) {
    /**
     * Checks the parts.
     *
     * @param pupil the child
     * @param ownRecord whether it is the citizen's own record
     * @param reason why it is closed
     * @param words what the citizen is told
     */
    public SchoolNote {
      checkNotNull(pupil, "pupil");
      checkArgument(reason == ReasonCode.PUPIL_NOT_ENROLLED || reason == ReasonCode.PUPIL_OF_AGE,
          "a record is closed because the child left or came of age, not %s", reason);
      checkNotNull(words, "words");
    }
  }
}
