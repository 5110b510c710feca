package org.diaryaccess.core.wording;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.wording.RussianNames.Form;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.Gender;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Wording;
import org.jspecify.annotations.Nullable;

/**
 * The words of every notice, for its recipient, in Russian and English: who did what to which
 * child's diary, with the sections and the end date where they matter.
 *
 * <p>Each person is named as the recipient knows them. To a parent the child is «Антон», the
 * trusted person «Нина Петровна Кубарева»; to a trusted person the child is «Антон Кубарев», the
 * parent who invited her «Василиса Владимировна Иванченко», the one who revoked her access
 * «Василиса Владимировна». Nobody is named who has not consented to the tie: a decline or an
 * expiry names only the inviter's own child, never the person invited. Russian names are declined
 * ({@link RussianNames}); where a gender cannot be told, or a person is no longer registered, the
 * role stands in for them («доверенное лицо», «законный представитель») and the verb agrees with it.
 *
 * <p>Notices are worded when they are delivered, from the store as it is then: the words need the
 * names, and the outbox keeps ids only.
 *
 * @since 0.2.0
 */
public final class NoticeWords {
  private static final String BUNDLE = "org.diaryaccess.core.wording.Notices";
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final UnitOfWork unitOfWork;
  private final Invitations invitations;
  private final Grants grants;
  private final Citizens citizens;
  private final SchoolRegister register;
  private final AccessSettings settings;

  /**
   * Creates it with what it reads.
   *
   * @param unitOfWork the words are read in one
   * @param invitations what an invitation notice is about
   * @param grants what an access notice is about
   * @param citizens the people it names
   * @param register the children it names
   * @param settings the zone its days are read in
   */
  public NoticeWords(UnitOfWork unitOfWork, Invitations invitations, Grants grants, Citizens citizens,
      SchoolRegister register, AccessSettings settings) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.invitations = checkNotNull(invitations, "invitations");
    this.grants = checkNotNull(grants, "grants");
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.settings = checkNotNull(settings, "settings");
  }

  /**
   * What a notice says to its recipient.
   *
   * @param message a notice from the outbox
   * @return the words in Russian and English; the topic's name alone if what it is about is gone
   */
  public Wording write(OutboxMessage message) {
    checkNotNull(message, "message");
    CitizenId recipient = checkNotNull(message.recipient(), "a notice has a recipient");
    Facts facts = unitOfWork.read(() -> read(message));
    if (facts == null) {
      return new Wording(message.topic().displayName(RUSSIAN), message.topic().displayName(Locale.ROOT));
    }
    return new Wording(new Sentence(RUSSIAN, facts, recipient).text(),
        new Sentence(Locale.ROOT, facts, recipient).text());
  }

  /**
   * What a trusted person is told of her own access to a child that is not open — being opened, on
   * time or late, or ended, by whom or why — on «Если войти не получилось».
   *
   * @param grant the grant: live and provisioning, or ended (a live one whose basis is gone read as terminated)
   * @param people the citizens it names (the grantor and whoever ended it), by id; one absent is named by role
   * @param record the child's record, or {@code null} if it is gone
   * @param now the instant, for whether the opening is late
   * @return the words, to the trusted person
   */
  public Wording forTrustee(Grant grant, Map<CitizenId, Citizen> people, @Nullable PupilRecord record, Instant now) {
    checkNotNull(grant, "grant");
    checkNotNull(now, "now");
    Facts facts = new Facts(null, null, grant, people, record == null ? List.of() : List.of(record));
    return new Wording(new Sentence(RUSSIAN, facts, grant.trustee()).aboutGrant(now),
        new Sentence(Locale.ROOT, facts, grant.trustee()).aboutGrant(now));
  }

  /**
   * What the pupil or a legal representative the school lists is told of a record closed because
   * the child left the school or came of age.
   *
   * @param record the record
   * @param ownRecord whether it is the reader's own record
   * @param reason {@code PUPIL_NOT_ENROLLED} or {@code PUPIL_OF_AGE}
   * @return the words
   */
  public Wording forRecord(PupilRecord record, boolean ownRecord, ReasonCode reason) {
    checkNotNull(record, "record");
    checkNotNull(reason, "reason");
    Facts facts = new Facts(null, null, null, Map.of(), List.of(record));
    String key = "diagnosis.record." + (ownRecord ? "own." : "child.") + reason.name();
    return new Wording(new Sentence(RUSSIAN, facts, null).aboutRecord(key),
        new Sentence(Locale.ROOT, facts, null).aboutRecord(key));
  }

  /** What a notice or a diagnosis is about, as read from the store. */
  private record Facts(@Nullable Topic topic, @Nullable Invitation invitation, @Nullable Grant grant,
      Map<CitizenId, Citizen> people, List<PupilRecord> children) {}

  private @Nullable Facts read(OutboxMessage message) {
    Map<CitizenId, Citizen> people = new HashMap<>();
    if (message.grant() != null) {
      Grant grant = grants.findById(message.grant()).orElse(null);
      if (grant == null) {
        return null;
      }
      List<CitizenId> named = new ArrayList<>(List.of(grant.trustee(), grant.grantor()));
      if (grant.endedBy() != null) {
        named.add(grant.endedBy());
      }
      citizens.findAllById(named).forEach(c -> people.put(c.id(), c));
      return new Facts(message.topic(), null, grant, people, register.findAllById(List.of(grant.pupil())));
    }
    if (message.invitation() != null) {
      Invitation invitation = invitations.findById(message.invitation()).orElse(null);
      if (invitation == null) {
        return null;
      }
      citizens.findAllById(List.of(invitation.inviter(), invitation.invitee())).forEach(c -> people.put(c.id(), c));
      // The children in the invitation's order, read in one call.
      List<PupilRecord> children = register.findAllById(invitation.pupils()).stream()
          .sorted(Comparator.comparingInt((PupilRecord r) -> invitation.pupils().indexOf(r.id()))).toList();
      return new Facts(message.topic(), invitation, null, people, children);
    }
    return null;
  }

  /** Whom a person in a notice is, when no name can be given. */
  private enum Role {
    TRUSTEE("role.trustee"),
    REPRESENTATIVE("role.representative"),
    PUPIL("role.pupil");

    final String key;

    Role(String key) {
      this.key = key;
    }
  }

  /** One notice in one language. */
  private final class Sentence {
    private final boolean russian;
    private final ResourceBundle bundle;
    private final DateTimeFormatter days;
    private final DateTimeFormatter minutes;
    private final Facts facts;
    private final @Nullable CitizenId recipient;
    private final Map<String, String> values = new HashMap<>();

    Sentence(Locale locale, Facts facts, @Nullable CitizenId recipient) {
      this.russian = locale.equals(RUSSIAN);
      this.bundle = ResourceBundle.getBundle(BUNDLE, DisplayNames.supported(locale));
      this.days = DateTimeFormatter.ofPattern("d MMMM yyyy", russian ? RUSSIAN : Locale.ENGLISH);
      this.minutes = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", russian ? RUSSIAN : Locale.ENGLISH)
          .withZone(settings.zone());
      this.facts = facts;
      this.recipient = recipient;
    }

    String text() {
      Grant grant = facts.grant();
      Invitation invitation = facts.invitation();
      return switch (checkNotNull(facts.topic(), "topic")) {
        case INVITATION_RECEIVED -> {
          Invitation received = checkNotNull(invitation, "invitation");
          put("inviter", person(received.inviter(), Role.REPRESENTATIVE, Form.FULL, GrammaticalCase.NOMINATIVE, false));
          put("children", children(Form.GIVEN_AND_SURNAME));
          put("sections", sections(received.sections()));
          put("until", until(received.endDate()));
          put("answerBy", days.format(settings.dayOf(received.expiresAt())));
          yield fill("invitation.received");
        }
        case INVITATION_CANCELLED -> {
          CitizenId inviter = checkNotNull(invitation, "invitation").inviter();
          put("inviter", person(inviter, Role.REPRESENTATIVE, Form.FULL, GrammaticalCase.NOMINATIVE, true));
          put("children", children(Form.GIVEN_AND_SURNAME));
          yield fill(agreeing("invitation.cancelled", inviter));
        }
        case INVITATION_ACCEPTED -> {
          CitizenId invitee = checkNotNull(invitation, "invitation").invitee();
          put("trustee", person(invitee, Role.TRUSTEE, Form.FULL, GrammaticalCase.NOMINATIVE, true));
          put("children", children(Form.GIVEN));
          yield fill(agreeing("invitation.accepted", invitee));
        }
        case INVITATION_DECLINED -> {
          put("children", children(Form.GIVEN));
          yield fill("invitation.declined");
        }
        case INVITATION_EXPIRED -> {
          put("children", children(Form.GIVEN));
          yield fill("invitation.expired");
        }
        case ACCESS_OPENED -> access(checkNotNull(grant, "grant"), "access.opened");
        case ACCESS_REVOKED -> revoked(checkNotNull(grant, "grant"));
        case ACCESS_RENOUNCED -> access(checkNotNull(grant, "grant"), "access.renounced");
        case ACCESS_ENDED -> ended(checkNotNull(grant, "grant"));
        case PROVISION_OPEN, PROVISION_CLOSE -> throw new IllegalArgumentException("not a notice: " + facts.topic());
      };
    }

    /** A diagnosis's note on a trusted person's own access: being opened, or ended and how. */
    String aboutGrant(Instant now) {
      Grant grant = checkNotNull(facts.grant(), "grant");
      put("child", child(Form.GIVEN_AND_SURNAME, GrammaticalCase.GENITIVE));
      String said = switch (grant.state()) {
        case PROVISIONING -> {
          put("acceptedOn", days.format(settings.dayOf(grant.acceptedAt())));
          put("opensBy", minutes.format(grant.provisioningDeadline()));
          yield fill(grant.isOverdueAt(now) ? "diagnosis.openingLate" : "diagnosis.opening");
        }
        case ACTIVE -> throw new IllegalArgumentException("an open grant is among the open diaries");
        case REVOKED -> revoked(grant);
        case RENOUNCED -> fill("access.renounced.trustee");
        case TERMINATED -> ended(grant);
      };
      boolean againPossible = grant.state() == GrantState.REVOKED || grant.state() == GrantState.RENOUNCED
          || grant.terminationReason() == TerminationReason.END_DATE_PASSED
          || grant.terminationReason() == TerminationReason.GRANTOR_NOT_REPRESENTATIVE;
      return againPossible ? said + " " + fill("diagnosis.again") : said;
    }

    /** A diagnosis's note on a closed record, to the pupil or a listed representative. */
    String aboutRecord(String key) {
      put("child", child(Form.GIVEN_AND_SURNAME, GrammaticalCase.GENITIVE));
      put("childAsIs", child(Form.GIVEN_AND_SURNAME, GrammaticalCase.NOMINATIVE));
      return fill(key);
    }

    /** A notice about a grant: the trusted person is told in her words, the grantor in his. */
    private String access(Grant grant, String key) {
      boolean toTrustee = grant.trustee().equals(recipient);
      put("child", child(toTrustee ? Form.GIVEN_AND_SURNAME : Form.GIVEN, GrammaticalCase.GENITIVE));
      put("sections", sections(grant.sections()));
      put("until", until(grant.endDate()));
      if (facts.topic() == Topic.ACCESS_OPENED && toTrustee) {
        return fill(key + ".trustee");
      }
      put("trustee", person(grant.trustee(), Role.TRUSTEE, Form.FULL, GrammaticalCase.NOMINATIVE, true));
      return fill(agreeing(facts.topic() == Topic.ACCESS_OPENED ? key + ".grantor" : key, grant.trustee()));
    }

    private String revoked(Grant grant) {
      CitizenId revoker = grant.endedBy();
      boolean toTrustee = grant.trustee().equals(recipient);
      put("child", child(toTrustee ? Form.GIVEN_AND_SURNAME : Form.GIVEN, GrammaticalCase.GENITIVE));
      put("trusteeOf", person(grant.trustee(), Role.TRUSTEE, Form.FULL, GrammaticalCase.GENITIVE, false));
      if (!toTrustee && revoker != null && revoker.equals(recipient)) {
        return fill("access.revoked.grantor.self");
      }
      Citizen known = revoker == null ? null : facts.people().get(revoker);
      // In Russian, a parent is named to the trusted person as one adult names another: «Василиса Владимировна».
      Form form = russian && toTrustee && known != null && known.name().patronymic() != null
          ? Form.GIVEN_AND_PATRONYMIC : Form.FULL;
      put("revoker", person(revoker, Role.REPRESENTATIVE, form, GrammaticalCase.NOMINATIVE, true));
      return fill(agreeing(toTrustee ? "access.revoked.trustee" : "access.revoked.grantor", revoker));
    }

    private String ended(Grant grant) {
      TerminationReason reason = checkNotNull(grant.terminationReason(), "an ended grant's reason");
      boolean toTrustee = grant.trustee().equals(recipient);
      put("child", child(toTrustee ? Form.GIVEN_AND_SURNAME : Form.GIVEN, GrammaticalCase.GENITIVE));
      put("childAsIs", child(Form.GIVEN, GrammaticalCase.NOMINATIVE));
      put("trusteeOf", person(grant.trustee(), Role.TRUSTEE, Form.FULL, GrammaticalCase.GENITIVE, false));
      put("reason", fill((toTrustee ? "reason.trustee." : "reason.grantor.") + reason.name(), false));
      return fill(toTrustee ? "access.ended.trustee" : "access.ended.grantor");
    }

    /**
     * A person in a case. In Russian, one whose gender cannot be told is named through their role
     * — «доверенного лица (Саша Шевчук)» — and so is, without a name, one no longer registered; a
     * gendered verb's subject is the role noun then.
     */
    private String person(@Nullable CitizenId id, Role role, Form form, GrammaticalCase grammaticalCase,
        boolean subjectOfGenderedVerb) {
      Citizen citizen = id == null ? null : facts.people().get(id);
      if (citizen == null) {
        return roleNoun(role, grammaticalCase);
      }
      String asIs = RussianNames.inflect(citizen.name(), Gender.FEMALE, form, GrammaticalCase.NOMINATIVE);
      if (!russian) {
        return asIs;
      }
      Gender gender = RussianNames.genderOf(citizen.name(), citizen.gender());
      if (gender == null && (subjectOfGenderedVerb || grammaticalCase != GrammaticalCase.NOMINATIVE)) {
        return roleNoun(role, grammaticalCase) + " (" + asIs + ")";
      }
      return RussianNames.inflect(citizen.name(), gender, form, grammaticalCase);
    }

    /** The key of the sentence whose verb agrees with this person: .F, .M, or .X for the role noun. */
    private String agreeing(String key, @Nullable CitizenId subject) {
      if (!russian) {
        return key;
      }
      Citizen citizen = subject == null ? null : facts.people().get(subject);
      Gender gender = citizen == null ? null : RussianNames.genderOf(citizen.name(), citizen.gender());
      return key + (gender == Gender.FEMALE ? ".F" : gender == Gender.MALE ? ".M" : ".X");
    }

    private String child(Form form, GrammaticalCase grammaticalCase) {
      return facts.children().isEmpty() ? roleNoun(Role.PUPIL, grammaticalCase)
          : named(facts.children().get(0), form, grammaticalCase);
    }

    private String children(Form form) {
      if (facts.children().isEmpty()) {
        return roleNoun(Role.PUPIL, GrammaticalCase.GENITIVE);
      }
      List<String> names = facts.children().stream().map(r -> named(r, form, GrammaticalCase.GENITIVE)).toList();
      if (names.size() == 1) {
        return names.get(0);
      }
      return String.join(", ", names.subList(0, names.size() - 1)) + " " + bundle.getString("and") + " "
          + names.get(names.size() - 1);
    }

    /** A child as the recipient knows them; the record states no gender, so the name must tell it. */
    private String named(PupilRecord record, Form form, GrammaticalCase grammaticalCase) {
      String asIs = RussianNames.inflect(record.name(), Gender.MALE, form, GrammaticalCase.NOMINATIVE);
      if (!russian || grammaticalCase == GrammaticalCase.NOMINATIVE) {
        return asIs;
      }
      Gender gender = RussianNames.genderOf(record.name(), null);
      return gender == null ? roleNoun(Role.PUPIL, grammaticalCase) + " (" + asIs + ")"
          : RussianNames.inflect(record.name(), gender, form, grammaticalCase);
    }

    private String roleNoun(Role role, GrammaticalCase grammaticalCase) {
      String[] forms = bundle.getString(role.key).split("\\|");
      return forms.length == 1 ? forms[0] : forms[grammaticalCase.ordinal()];
    }

    private String sections(Set<DiarySection> sections) {
      Locale locale = russian ? RUSSIAN : Locale.ROOT;
      return sections.stream().map(s -> s.displayName(locale).toLowerCase(russian ? RUSSIAN : Locale.ENGLISH))
          .collect(Collectors.joining(", "));
    }

    private String until(@Nullable LocalDate endDate) {
      if (endDate == null) {
        return "";
      }
      return bundle.getString("until").replace("{day}", days.format(endDate));
    }

    private void put(String name, String value) {
      values.put(name, value);
    }

    /** The sentence under a key with its placeholders filled, and its first letter a capital. */
    private String fill(String key) {
      return fill(key, true);
    }

    private String fill(String key, boolean sentence) {
      String text = bundle.getString(key);
      for (Map.Entry<String, String> value : values.entrySet()) {
        text = text.replace("{" + value.getKey() + "}", value.getValue());
      }
      return !sentence || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
  }
}
