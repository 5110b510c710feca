package org.diaryaccess.core.trusted;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;
import org.jspecify.annotations.Nullable;

/**
 * One trusted person of one child as the child's legal representative sees them on the
 * «Доверенные лица» page: invited and not yet answered, accepted and being opened in the diary
 * system (on time or late), or open — with the sections, the end date, the times that matter and
 * what the representative may do about it.
 *
 * @param pupil the child
 * @param pupilName the child's name, as the school holds it
 * @param className the child's class
 * @param person the trusted person
 * @param name the trusted person's name, or {@code null} if they are no longer registered
 * @param standing where it stands now
 * @param sections the sections shared
 * @param endDate the last day of access, if limited
 * @param invitedBy the legal representative who invited (the asker, or another representative)
 * @param invitedByName their name, or {@code null} if no longer registered
 * @param sentAt when the invitation was sent: for {@link Standing#INVITED}, else {@code null}
 * @param answerBy when the invitation expires unanswered: for {@link Standing#INVITED}, else {@code null}
 * @param acceptedAt when the trusted person accepted: for a grant, else {@code null}
 * @param opensBy when the diary system should have opened it at the latest: for a grant still
 *     being opened, else {@code null}
 * @param activatedAt when the diary system opened it: for {@link Standing#ACTIVE}, else {@code null}
 * @param invitation the invitation («Отменить» cancels it), or the one the grant came from
 * @param grant the grant («Отозвать» revokes it), or {@code null} for an invitation
 * @param actions what the asker may do with it now
 * @since 0.2.0
 */
public record TrustedPerson(
    PupilRecordId pupil,
    PersonName pupilName,
    String className,
    CitizenId person,
    @Nullable PersonName name,
    Standing standing,
    Set<DiarySection> sections,
    @Nullable LocalDate endDate,
    CitizenId invitedBy,
    @Nullable PersonName invitedByName,
    @Nullable Instant sentAt,
    @Nullable Instant answerBy,
    @Nullable Instant acceptedAt,
    @Nullable Instant opensBy,
    @Nullable Instant activatedAt,
    InvitationId invitation,
    @Nullable GrantId grant,
    Set<Action> actions) {

  /**
   * Checks that the times and the ids fit the standing, and copies the sets.
   *
   * @param pupil the child
   * @param pupilName the child's name
   * @param className the child's class
   * @param person the trusted person
   * @param name the trusted person's name, or {@code null}
   * @param standing where it stands now
   * @param sections the sections shared
   * @param endDate the last day of access, if limited
   * @param invitedBy the legal representative who invited
   * @param invitedByName their name, or {@code null}
   * @param sentAt when the invitation was sent, for an invitation
   * @param answerBy when the invitation expires, for an invitation
   * @param acceptedAt when accepted, for a grant
   * @param opensBy the provisioning deadline, for a grant being opened
   * @param activatedAt when opened, for an open grant
   * @param invitation the invitation
   * @param grant the grant, for a grant
   * @param actions what the asker may do
   */
  public TrustedPerson {
    checkNotNull(pupil, "pupil");
    checkNotNull(pupilName, "pupilName");
    checkNotNull(className, "className");
    checkNotNull(person, "person");
    checkNotNull(standing, "standing");
    sections = Sets.immutableEnumSet(sections);
    checkNotNull(invitedBy, "invitedBy");
    checkNotNull(invitation, "invitation");
    actions = Sets.immutableEnumSet(actions);
    boolean invited = standing == Standing.INVITED;
    checkArgument(invited == (grant == null), "a grant is named exactly when access was accepted");
    checkArgument(invited == (sentAt != null) && invited == (answerBy != null),
        "an invitation's sending and answer-by times come with an invitation");
    checkArgument(invited == (acceptedAt == null), "a grant's acceptance time comes with a grant");
    checkArgument(standing.isOpening() == (opensBy != null), "the opening deadline comes with an opening");
    checkArgument((standing == Standing.ACTIVE) == (activatedAt != null), "the opening time comes with open access");
    checkArgument(!actions.contains(Action.REVOKE) || !invited, "an invitation is cancelled, not revoked");
    checkArgument(!actions.contains(Action.CANCEL) || invited, "a grant is revoked, not cancelled");
  }

  /** How a trusted person stands for the child now. */
  public enum Standing implements Displayable {
    /** Invited; the invitation awaits the answer. */
    INVITED,
    /** Accepted; the diary system is opening access, within its deadline (R9). */
    PROVISIONING,
    /** Accepted; the diary system has not opened access by its deadline, and the portal's support is on it. */
    PROVISIONING_LATE,
    /** Access is open (R10). */
    ACTIVE;

    /**
     * Whether access was accepted and is being opened, on time or late.
     *
     * @return whether provisioning
     */
    public boolean isOpening() {
      return this == PROVISIONING || this == PROVISIONING_LATE;
    }

    @Override
    public String displayName(Locale locale) {
      return words(this, locale);
    }
  }

  /** What the asking representative may do with a trusted person's row. */
  public enum Action implements Displayable {
    /** End the access, open or being opened (R11): any current legal representative of the child. */
    REVOKE,
    /** Withdraw the invitation (R8): the representative who sent it. */
    CANCEL;

    @Override
    public String displayName(Locale locale) {
      return words(this, locale);
    }
  }

  private static String words(Enum<?> value, Locale locale) {
    return ResourceBundle.getBundle("org.diaryaccess.core.trusted.TrustedPersons", DisplayNames.supported(locale))
        .getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * Whether the asker may revoke it.
   *
   * @return whether {@link Action#REVOKE} is among the actions
   */
  public boolean mayRevoke() {
    return actions.contains(Action.REVOKE);
  }

  /**
   * Whether the asker may cancel it.
   *
   * @return whether {@link Action#CANCEL} is among the actions
   */
  public boolean mayCancel() {
    return actions.contains(Action.CANCEL);
  }

  /** Ids and the standing only: no names. */
  @Override
  public String toString() {
    return "TrustedPerson[pupil=" + pupil + ", person=" + person + ", standing=" + standing + ", grant=" + grant
        + ", invitation=" + invitation + ", actions=" + actions + "]";
  }
}
