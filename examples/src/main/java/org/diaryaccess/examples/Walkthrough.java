package org.diaryaccess.examples;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.diagnosis.ClassTeacherCard;
import org.diaryaccess.core.diagnosis.Diagnosis;
import org.diaryaccess.core.history.HistoryEntry;
import org.diaryaccess.core.invitation.Acceptance;
import org.diaryaccess.core.invitation.InvitationPreview;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.IdGenerator;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.Gender;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.text.DisplayNames;

/**
 * The city portal's guide for parents, played end to end on the library with embedded H2 (through
 * the JDBC adapter and its migrations): Василиса Иванченко and her son Антон Кубарев, 9Б, and his
 * grandmother as a trusted person. Every step prints the library's decision with its basis or
 * its reasons, in the words a person reads.
 *
 * <pre>
 * ./mvnw -q -pl examples -am package -DskipTests exec:java                     (Russian)
 * ./mvnw -q -pl examples -am package -DskipTests exec:java -Dexec.args="--lang en"
 * </pre>
 */
public final class Walkthrough {
  private static final CitizenId VASILISA = CitizenId.of("vasilisa");
  private static final CitizenId ANTON_CITIZEN = CitizenId.of("anton");
  private static final CitizenId NINA = CitizenId.of("nina");
  private static final PupilRecordId ANTON = PupilRecordId.of("school-1234/9B/kubarev-anton");
  private static final PersonName VASILISA_NAME = PersonName.of("Иванченко", "Василиса", "Владимировна");
  private static final PersonName ANTON_NAME = PersonName.of("Кубарев", "Антон", "Дмитриевич");
  private static final String NINA_PHONE = "+7 903 111-22-33";
  /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
  private static final Logger QUIET_FLYWAY = Logger.getLogger("org.flywaydb");
  private static final Logger QUIET_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  /**
   * A decision the walkthrough asked for, for tests and readers.
   *
   * @param step what was asked
   * @param decision the library's answer
   */
  public record Asked(String step, AccessDecision decision) {}

  /**
   * What the walkthrough printed and the decisions it asked for.
   *
   * @param lines the printed lines
   * @param decisions every decision, in order
   */
  public record Transcript(List<String> lines, List<Asked> decisions) {
    /** Copies the lists. */
    public Transcript {
      lines = ImmutableList.copyOf(lines);
      decisions = ImmutableList.copyOf(decisions);
    }
  }

  private final Locale locale;
  private final ResourceBundle messages;
  private final List<String> lines = new ArrayList<>();
  private final List<Asked> decisions = new ArrayList<>();

  private Walkthrough(Locale locale) {
    this.locale = locale;
    this.messages = ResourceBundle.getBundle("org.diaryaccess.examples.Walkthrough", DisplayNames.supported(locale));
  }

  /**
   * Plays the guide.
   *
   * @param locale Russian ({@code ru}) or English (anything else)
   * @param database the name of the in-process H2 database to create
   * @return what was printed and decided
   */
  public static Transcript play(Locale locale, String database) {
    Walkthrough walkthrough = new Walkthrough(locale);
    walkthrough.run(database);
    return new Transcript(walkthrough.lines, walkthrough.decisions);
  }

  /**
   * Runs the walkthrough and prints it.
   *
   * @param args {@code --lang ru} (the default) or {@code --lang en}
   */
  public static void main(String[] args) {
    QUIET_FLYWAY.setLevel(Level.WARNING);
    QUIET_VALIDATOR.setLevel(Level.WARNING);
    Locale locale = Locale.forLanguageTag("ru");
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--lang")) {
        locale = Locale.forLanguageTag(args[i + 1]);
      }
    }
    play(locale, "walkthrough").lines().forEach(System.out::println);
  }

  private void run(String database) {
    ManualClock clock = new ManualClock(Instant.parse("2026-09-01T06:00:00Z"));
    RecordingNotificationCentre centre = new RecordingNotificationCentre();
    RecordingDiaryProvisioning diarySystem = new RecordingDiaryProvisioning();
    JdbcStore store = JdbcStore.embeddedH2(database);
    DiaryAccess access = DiaryAccess.builder().store(store).notificationCentre(centre)
        .diaryProvisioning(diarySystem).clock(clock).ids(new ReadableIds()).build();

    say("title");
    say("");
    say("part.parent");
    String guideSnils = "123-456-789 12";
    try {
      Snils.parse(guideSnils);
    } catch (InvalidInputException e) {
      say("guide.snils", guideSnils, codes(e.reasons()), "123-456-789 64");
    }
    say("step.register", VASILISA_NAME.fullName());
    store.citizens().save(new Citizen(VASILISA, VASILISA_NAME, null, null, Contacts.of("mail@yandex.ru", null, null)));
    readiness(access);
    say("step.addPhone", VASILISA_NAME.fullName());
    store.citizens().save(new Citizen(VASILISA, VASILISA_NAME, null, null,
        Contacts.of("mail@yandex.ru", "(926) 123-45-67", "123-456-789 64")));
    readiness(access);

    // The school was given an old phone number for her.
    store.schoolRegister().upsert(List.of(antonRecord("+7 926 000-00-00")));
    decide(access, "step.try", VASILISA, VASILISA_NAME.fullName(), ANTON_NAME.fullName());
    Diagnosis diagnosis = access.diagnose(VASILISA);
    say("step.diagnose");
    say("diagnosis.findings", codes(diagnosis.findings()));
    ClassTeacherCard card = diagnosis.classTeacherCard().orElseThrow();
    say("diagnosis.card", card.name().fullName(), String.valueOf(card.email()), String.valueOf(card.mobilePhone()));
    say("step.schoolFixes", "9Б");
    store.schoolRegister().upsert(List.of(antonRecord(String.valueOf(card.mobilePhone()))));
    decide(access, "step.try", VASILISA, VASILISA_NAME.fullName(), ANTON_NAME.fullName());

    say("");
    say("part.pupil");
    say("step.childRegisters", ANTON_NAME.fullName());
    store.citizens().save(new Citizen(ANTON_CITIZEN, ANTON_NAME, LocalDate.of(2011, 3, 15), Gender.MALE,
        Contacts.of("anton.kubarev@yandex.ru", "+7 916 765-43-21", null)));
    decide(access, "step.childOpens", ANTON_CITIZEN, ANTON_NAME.fullName());

    say("");
    say("part.trusted");
    PersonName ninaName = PersonName.of("Кубарева", "Нина", "Петровна");
    store.citizens().save(new Citizen(NINA, ninaName, LocalDate.of(1958, 2, 20), Gender.FEMALE,
        Contacts.of("nina.kubareva@mail.ru", NINA_PHONE, null)));
    InvitationRequest form = InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value()))
        .withSections(EnumSet.of(DiarySection.GRADES, DiarySection.HOMEWORK));
    say("step.invite", VASILISA_NAME.fullName(), ninaName.fullName());
    InvitationPreview preview = access.preview(VASILISA, form);
    say("step.preview", preview.service().displayName(locale), preview.trustee().fullName(), preview.children()
        .stream().map(c -> c.name().fullName() + ", " + c.className()).collect(Collectors.joining("; ")));
    Invitation invitation = access.send(VASILISA, form);
    say("step.send", invitation.state().displayName(locale));
    access.housekeeping();
    say("step.notice", ninaName.fullName(), centre.inboxOf(NINA).stream()
        .map(n -> n.topic().displayName(locale)).collect(Collectors.joining(", ")));
    Acceptance acceptance = access.accept(NINA, invitation.id());
    Grant grant = acceptance.grants().get(0);
    say("step.accept", ninaName.fullName(), acceptance.grants().size(), grant.state().displayName(locale));
    decide(access, "step.tooEarly", NINA, ninaName.fullName(), ANTON_NAME.fullName());
    clock.advance(Duration.ofHours(3));
    say("step.withinDay", access.housekeeping().activatedGrants());
    decideSection(access, ninaName, DiarySection.GRADES);
    decideSection(access, ninaName, DiarySection.ATTENDANCE);
    access.revoke(VASILISA, grant.id());
    say("step.revoke", VASILISA_NAME.fullName(), ninaName.fullName());
    decide(access, "step.afterRevoke", NINA, ninaName.fullName(), ANTON_NAME.fullName());

    // Кто открывал дневник: housekeeping writes what was counted; the mother reads it.
    access.housekeeping();
    LocalDate today = access.settings().dayOf(clock.instant());
    say("step.history", VASILISA_NAME.fullName(), ANTON_NAME.fullName());
    for (HistoryEntry line : access.accessHistory(VASILISA, ANTON, today.minusDays(29), today, PageRequest.first())
        .items()) {
      String who = line.asker() ? text("history.you") : line.name() == null ? "" : line.name().fullName();
      String opened = line.sections().entrySet().stream()
          .map(e -> text("history.section", e.getKey().displayName(locale), e.getValue()))
          .collect(Collectors.joining(", "));
      if (line.views().diaryViews() > 0) {
        opened = text("history.diary", line.views().diaryViews()) + (opened.isEmpty() ? "" : ", " + opened);
      }
      say("history.line", who, line.relation().displayName(locale), opened);
    }
  }

  private static PupilRecord antonRecord(String mothersPhoneAtSchool) {
    return new PupilRecord(ANTON, SchoolId.of("school-1234"), "9Б", ANTON_NAME, LocalDate.of(2011, 3, 15),
        Contacts.of("anton.kubarev@yandex.ru", "+7 (916) 765-43-21", null), true,
        List.of(new LegalRepresentative(RepresentativeKind.MOTHER, VASILISA_NAME,
            Contacts.of("MAIL@yandex.ru", mothersPhoneAtSchool, null))));
  }

  private void readiness(DiaryAccess access) {
    var readiness = access.readiness(VASILISA);
    lines.add(text("step.readiness") + " " + (readiness.isReady() ? text("readiness.ready")
        : text("readiness.missing", readiness.problems().stream().map(FieldProblem::reason).toList().stream()
            .map(this::code).collect(Collectors.joining("; ")))));
  }

  private void decide(DiaryAccess access, String step, CitizenId who, Object... args) {
    AccessDecision decision = access.decide(who, ANTON);
    record(step, decision, args);
  }

  private void decideSection(DiaryAccess access, PersonName nina, DiarySection section) {
    record("step.readSection", access.decide(NINA, ANTON, section), nina.fullName(), section.displayName(locale),
        ANTON_NAME.fullName());
  }

  private void record(String step, AccessDecision decision, Object... args) {
    decisions.add(new Asked(step, decision));
    lines.add(text(step, args) + " → " + describe(decision));
  }

  private String describe(AccessDecision decision) {
    if (decision instanceof AccessDecision.Allowed allowed) {
      Basis basis = allowed.basis();
      String words = basis instanceof Basis.TrustedPerson trusted
          ? text("basis.trusted", basis.displayName(locale), trusted.sections().stream()
              .map(section -> section.displayName(locale)).collect(Collectors.joining(", ")))
          : basis.displayName(locale);
      return text("decision.allowed", words);
    }
    return text("decision.denied", codes(decision.reasons()));
  }

  private String codes(List<ReasonCode> reasons) {
    return reasons.stream().map(this::code).collect(Collectors.joining("; "));
  }

  private String code(ReasonCode reason) {
    return reason.message(locale);
  }

  private void say(String key, Object... args) {
    lines.add(key.isEmpty() ? "" : text(key, args));
  }

  private String text(String key, Object... args) {
    return new MessageFormat(messages.getString(key), locale).format(args);
  }

  /** Short, readable ids for the printout. */
  private static final class ReadableIds implements IdGenerator {
    private int next;

    @Override
    public synchronized InvitationId newInvitationId() {
      return InvitationId.of("inv-" + ++next);
    }

    @Override
    public synchronized GrantId newGrantId() {
      return GrantId.of("grant-" + ++next);
    }

    @Override
    public synchronized String newMessageId() {
      return "msg-" + ++next;
    }
  }
}
