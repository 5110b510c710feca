package org.diaryaccess.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
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
 * A synthetic city, the same for the same seed and size: N pupils in schools of a thousand, each
 * with 1–3 legal representatives registered on the portal (about 5 % of whom gave the school a
 * different phone), about 10 % of families with 1–3 trusted persons holding active grants (each
 * from an accepted invitation), one family in fifty with an invitation in each other state
 * (pending, declined, expired, cancelled), guests whom no family has invited yet, and the
 * questions a benchmark asks, by kind.
 */
public final class City {
  /** When the city's grants were accepted. */
  public static final Instant NOW = Instant.parse("2026-09-01T06:00:00Z");

  /**
   * One access question and the answer the city was built to give. It keeps the ids' numbers, not
   * the ids: each call of {@link #citizen()} and {@link #pupil()} makes them from their text, as a
   * host makes them from a request — new objects, just written, that share nothing with what a
   * store holds (a store cannot find a key by its identity, and the text it compares is the
   * caller's fresh one).
   *
   * @param citizenPrefix the citizen id's letter
   * @param citizenNumber the citizen id's number
   * @param pupilNumber the pupil id's number
   */
  public record Question(char citizenPrefix, int citizenNumber, int pupilNumber) {
    static Question of(CitizenId citizen, PupilRecordId pupil) {
      return new Question(citizen.value().charAt(0), Integer.parseInt(citizen.value().substring(1)),
          Integer.parseInt(pupil.value().substring(1)));
    }

    /**
     * Who asks, made now from the id's text.
     *
     * @return a new id
     */
    public CitizenId citizen() {
      return CitizenId.of(citizenPrefix + Integer.toString(citizenNumber));
    }

    /**
     * Whose diary, made now from the id's text.
     *
     * @return a new id
     */
    public PupilRecordId pupil() {
      return PupilRecordId.of("p" + pupilNumber);
    }
  }

  public final List<Citizen> citizens = new ArrayList<>();
  public final List<PupilRecord> records = new ArrayList<>();
  public final List<Grant> grants = new ArrayList<>();
  public final List<Invitation> invitations = new ArrayList<>();
  /** Adults on the portal with no tie to any child; the first half hold the invitations above. */
  public final List<Citizen> guests = new ArrayList<>();
  /** The second half of the guests, never invited: whom the command benchmarks invite. */
  public final List<Citizen> uninvited = new ArrayList<>();
  /** A legal representative whose contacts match: allowed. */
  public final List<Question> parents = new ArrayList<>();
  /** A trusted person with an active grant: allowed. */
  public final List<Question> trusted = new ArrayList<>();
  /** Someone with no tie to the child (another family's parent): denied. */
  public final List<Question> strangers = new ArrayList<>();

  /** The kinds of question, as benchmarks and tables name them: {@link #ofKind} takes each. */
  public static final List<String> KINDS = List.of("parent", "trusted", "stranger");

  /**
   * The questions of one kind.
   *
   * @param kind {@code parent}, {@code trusted} or {@code stranger}
   * @return {@link #parents}, {@link #trusted} or {@link #strangers}
   */
  public List<Question> ofKind(String kind) {
    return switch (kind) {
      case "parent" -> parents;
      case "trusted" -> trusted;
      case "stranger" -> strangers;
      default -> throw new IllegalArgumentException("no kind of question " + kind);
    };
  }

  /**
   * A question of a kind, drawn at random: each benchmark thread draws its own, and a large
   * city is read all over, as a city's page views read it.
   *
   * @param questions the questions of one kind
   * @return one of them
   */
  public static Question draw(List<Question> questions) {
    return questions.get(ThreadLocalRandom.current().nextInt(questions.size()));
  }

  /** The city the benchmarks share in this JVM: only the size asked for last is held. */
  private static @Nullable City shared;

  private City() {}

  /**
   * The city every benchmark asks about ({@code generate(42, pupils)}), built once per JVM and
   * size: a run without forks measures several benchmarks on one city, and at a million pupils
   * each copy of it would cost gigabytes. Only the size asked for last is held; the benchmarks
   * read it and never change it.
   *
   * @param pupils how many pupils
   * @return the city
   */
  public static synchronized City of(int pupils) {
    City held = shared;
    if (held != null && held.records.size() == pupils) {
      return held;
    }
    City city = generate(42, pupils);
    shared = city;
    return city;
  }

  /**
   * Builds a city.
   *
   * @param seed the seed; the same seed gives the same city
   * @param pupils how many pupils (at most 3,000,000)
   * @return the city
   */
  public static City generate(long seed, int pupils) {
    if (pupils < 2 || pupils > 3_000_000) {
      throw new IllegalArgumentException("pupils out of range: " + pupils);
    }
    SplittableRandom random = new SplittableRandom(seed);
    City city = new City();
    int trustees = 0;
    for (int i = 0; i < pupils; i++) {
      PupilRecordId pupil = PupilRecordId.of("p" + i);
      int representatives = 1 + random.nextInt(3);
      List<LegalRepresentative> entries = new ArrayList<>();
      for (int k = 0; k < representatives; k++) {
        int n = 3 * i + k;
        CitizenId parent = CitizenId.of("c" + n);
        String phone = mobile("916", n);
        String email = "r" + n + "@city.ru";
        city.citizens.add(new Citizen(parent, PersonName.of("Родитель", "Имя"), LocalDate.of(1980, 1, 1), null,
            Contacts.of(email, phone, null)));
        boolean mismatched = random.nextInt(100) < 5;
        entries.add(new LegalRepresentative(k == 0 ? RepresentativeKind.MOTHER : RepresentativeKind.FATHER,
            PersonName.of("Родитель", "Имя"), Contacts.of(email, mismatched ? mobile("915", n) : phone, null)));
        if (!mismatched && k == 0) {
          city.parents.add(Question.of(parent, pupil));
        }
      }
      city.records.add(new PupilRecord(pupil, SchoolId.of("s" + i / 1000), (1 + i % 11) + "А",
          PersonName.of("Ученик", "Имя"), LocalDate.of(2012, 1, 1), Contacts.of("p" + i + "@school.ru",
              mobile("917", i), null), true, entries));
      boolean firstMatches = !entries.get(0).contacts().mobilePhone().orElseThrow().e164().contains("+7915");
      if (firstMatches && random.nextInt(100) < 10) {
        int count = 1 + random.nextInt(3);
        for (int t = 0; t < count; t++) {
          CitizenId trustee = CitizenId.of("t" + trustees);
          city.citizens.add(new Citizen(trustee, PersonName.of("Бабушка", "Имя"), LocalDate.of(1955, 1, 1), null,
              Contacts.of("t" + trustees + "@city.ru", mobile("918", trustees), null)));
          EnumSet<DiarySection> sections = EnumSet.of(DiarySection.GRADES, DiarySection.HOMEWORK);
          city.invitations.add(new Invitation(InvitationId.of("i" + trustees), CitizenId.of("c" + 3 * i), trustee,
              Service.E_DIARY, List.of(pupil), sections, null, InvitationState.ACCEPTED, NOW.minus(Duration.ofDays(1)),
              NOW.plus(Duration.ofDays(29)), NOW, 1));
          city.grants.add(new Grant(GrantId.of("g" + trustees), InvitationId.of("i" + trustees), CitizenId.of("c" + 3 * i),
              trustee, pupil, Service.E_DIARY, sections, null,
              GrantState.ACTIVE, NOW, NOW.plusSeconds(86_400), NOW, null, null, null, 0));
          city.trusted.add(Question.of(trustee, pupil));
          trustees++;
        }
      }
    }
    int guests = Math.max(10, pupils / 20);
    for (int k = 0; k < guests; k++) {
      Citizen guest = new Citizen(CitizenId.of("v" + k), PersonName.of("Гость", "Имя"), LocalDate.of(1970, 1, 1),
          null, Contacts.of("v" + k + "@city.ru", mobile("919", k), null));
      city.citizens.add(guest);
      city.guests.add(guest);
      if (k >= guests / 2) {
        city.uninvited.add(guest);
      }
    }
    // One family in fifty has asked a guest once in each state but accepted (accepted ones are above).
    InvitationState[] states = {InvitationState.PENDING, InvitationState.DECLINED, InvitationState.EXPIRED,
        InvitationState.CANCELLED};
    for (int i = 0, n = 0; i < pupils; i += 50) {
      for (InvitationState state : states) {
        Instant sent = state == InvitationState.EXPIRED ? NOW.minus(Duration.ofDays(40)) : NOW.minus(Duration.ofDays(2));
        city.invitations.add(new Invitation(InvitationId.of("j" + n++), CitizenId.of("c" + 3 * i),
            CitizenId.of("v" + n % (guests / 2)), Service.E_DIARY, List.of(PupilRecordId.of("p" + i)),
            EnumSet.of(DiarySection.GRADES), null, state, sent, sent.plus(Duration.ofDays(30)),
            state == InvitationState.PENDING ? null : sent.plus(Duration.ofDays(1)), 1));
      }
    }
    for (int i = 0; i < pupils; i++) {
      city.strangers.add(new Question('c', 3 * ((i + 1) % pupils), i));
    }
    return city;
  }

  private static String mobile(String code, int n) {
    return "+7" + code + String.format("%07d", n);
  }
}
