package org.diaryaccess.tck.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.invitation.Acceptance;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.tck.StoreProvider;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.World;
import org.diaryaccess.tck.properties.ReferenceModel.Expected;
import org.diaryaccess.tck.properties.ReferenceModel.Gr;
import org.diaryaccess.tck.properties.ReferenceModel.Inv;
import org.diaryaccess.tck.properties.ReferenceModel.Triple;

/**
 * The library and the reference model side by side. Every step is applied to both; after every
 * step every decision must agree, and nobody may be allowed without a basis the store shows.
 * Contacts reach the library in a different spelling each time, so normalisation is exercised
 * all along.
 */
final class DiarySimulation {
  static final int CITIZENS = 6;
  static final int PUPILS = 3;
  static final String[] EMAILS = {"anna@mail.ru", "boris@yandex.ru", "vera@почта.рф"};
  static final String[] PHONES = {"9261000001", "9261000002", "9261000003", "9261000004"};
  static final String[] SNILS = {"11223344595", "12345678964"};
  static final String[] SURNAMES = {"Иванова", "Петров", "Алёшина", "Кузнецов", "Смирнова", "Попов"};
  /** The last citizen is a minor until mid-2028. */
  static final LocalDate[] CITIZEN_BORN = {LocalDate.of(1975, 1, 1), null, LocalDate.of(1960, 5, 5),
      LocalDate.of(1990, 2, 2), LocalDate.of(1985, 3, 3), LocalDate.of(2010, 6, 1)};
  /** The first pupil turns 18 a month after the start. */
  static final LocalDate[] PUPIL_BORN = {LocalDate.of(2008, 10, 1), LocalDate.of(2012, 4, 4), null};

  final World world;
  final ReferenceModel model;
  /** What the sequence reached, so the property can show it exercised every path. */
  int sent;
  int refusedSends;
  int accepted;
  int grantsEnded;
  int trustedAllowed;
  int representativeAllowed;
  int selfAllowed;
  private int spelling;
  private boolean lastCommandOnOther;

  DiarySimulation(StoreProvider stores) {
    AccessSettings policy = AccessSettings.defaults()
        .withTrustedPersonsPerChild(2)
        .withInvitationsPerDay(3)
        .withDeclineCooldown(1, Duration.ofDays(30));
    this.world = new World(stores.open(), policy);
    this.model = new ReferenceModel(Guide.SCHOOL_YEAR_STARTS, SURNAMES, CITIZEN_BORN, PUPIL_BORN,
        policy.trustedPersonsPerChild(), policy.invitationsPerDay(), policy.declinesBeforeCooldown(),
        policy.declineCooldown(), policy.invitationLifetime());
    // A starting family, some of them already listed by the school; the two children have yet
    // to register on the portal (a "register or edit profile" step does it).
    Triple[] profiles = {new Triple(0, 0, -1), new Triple(1, 1, -1), new Triple(2, 2, 0), new Triple(0, 3, -1),
        new Triple(1, 0, 1), new Triple(2, 1, -1)};
    for (int c = 0; c < CITIZENS - 2; c++) {
      saveProfile(c, profiles[c]);
    }
    model.records.get(0).reps[0] = profiles[0];
    model.records.get(0).own = profiles[5];
    model.records.get(1).reps[0] = profiles[0];
    model.records.get(1).reps[1] = profiles[1];
    model.records.get(2).reps[0] = profiles[3];
    model.records.get(2).own = profiles[4];
    for (int p = 0; p < PUPILS; p++) {
      saveRecord(p);
    }
  }

  /**
   * The host instance the next command goes to: the two instances take turns, so that a change
   * made through one is decided through the other at once.
   */
  private DiaryAccess commanding() {
    lastCommandOnOther = !lastCommandOnOther;
    return lastCommandOnOther ? world.other() : world.access;
  }

  /** The instance that did not take the last command: the check asks it. */
  private DiaryAccess deciding() {
    return lastCommandOnOther ? world.access : world.other();
  }

  /** A current representative of the pupil by the model, or the given fallback. */
  private int representativeOf(int p, int fallback) {
    for (int c = 0; c < CITIZENS; c++) {
      if (model.isRep(c, p)) {
        return c;
      }
    }
    return fallback;
  }

  // ---- spelling: the same value, written differently each time ----

  private int nextSpelling() {
    return spelling++ % 4;
  }

  String email(int i) {
    String e = EMAILS[i];
    return switch (nextSpelling()) {
      case 0 -> e;
      case 1 -> e.toUpperCase(Locale.ROOT);
      case 2 -> "  " + e + " ";
      default -> Character.toUpperCase(e.charAt(0)) + e.substring(1);
    };
  }

  String phone(int i) {
    String n = PHONES[i];
    return switch (nextSpelling()) {
      case 0 -> "+7 (" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6, 8) + "-" + n.substring(8);
      case 1 -> "8 " + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6, 8) + " " + n.substring(8);
      case 2 -> "7" + n;
      default -> "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6, 8) + "-" + n.substring(8);
    };
  }

  String snils(int i) {
    String d = SNILS[i];
    return nextSpelling() % 2 == 0 ? d : d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6, 9) + " "
        + d.substring(9);
  }

  String surname(int c) {
    String s = SURNAMES[c];
    return switch (nextSpelling()) {
      case 0 -> s;
      case 1 -> s.toUpperCase(Locale.ROOT);
      case 2 -> s.replace('ё', 'е');
      default -> " " + s.toLowerCase(Locale.ROOT) + " ";
    };
  }

  Contacts contacts(Triple t) {
    return Contacts.of(t.email() < 0 ? null : email(t.email()), t.phone() < 0 ? null : phone(t.phone()),
        t.snils() < 0 ? null : snils(t.snils()));
  }

  static CitizenId citizenId(int c) {
    return CitizenId.of("c" + c);
  }

  static PupilRecordId pupilId(int p) {
    return PupilRecordId.of("p" + p);
  }

  // ---- steps ----

  void saveProfile(int c, Triple profile) {
    model.profiles.put(c, profile);
    world.store().unitOfWork().write(() -> {
      world.underTest.saveCitizen(new Citizen(citizenId(c), PersonName.of(SURNAMES[c], "Имя"), CITIZEN_BORN[c], null,
          contacts(profile)));
      return null;
    });
  }

  void saveRecord(int p) {
    ReferenceModel.SchoolRecord r = model.records.get(p);
    List<LegalRepresentative> reps = new ArrayList<>();
    for (Triple rep : r.reps) {
      if (rep != null) {
        reps.add(new LegalRepresentative(RepresentativeKind.GUARDIAN, PersonName.of("Представитель", "Имя"),
            contacts(rep)));
      }
    }
    world.store().unitOfWork().write(() -> {
      world.store().schoolRegister().upsert(List.of(new PupilRecord(pupilId(p), SchoolId.of("school"), "5А",
          PersonName.of("Ученик", "Имя"), r.born, contacts(r.own), r.enrolled, reps)));
      return null;
    });
  }

  void setRepresentative(int p, int slot, Triple entry) {
    model.records.get(p).reps[slot] = entry;
    saveRecord(p);
  }

  void setOwnContacts(int p, Triple own) {
    model.records.get(p).own = own;
    saveRecord(p);
  }

  void setEnrolled(int p, boolean enrolled) {
    model.records.get(p).enrolled = enrolled;
    saveRecord(p);
  }

  void advance(Duration step) {
    world.clock.advance(step);
    model.now = world.clock.instant();
  }

  void invite(boolean previewOnly, Integer chosenInviter, int invitee, boolean byPhone, boolean rightSurname, List<Integer> pupils,
      Set<DiarySection> sections, Integer endInDays) {
    int inviter = chosenInviter != null ? chosenInviter : representativeOf(pupils.get(0), invitee);
    Triple inviteeProfile = model.profiles.getOrDefault(invitee, Triple.EMPTY);
    int key = byPhone ? Math.max(inviteeProfile.phone(), 0) : Math.max(inviteeProfile.snils(), 0);
    int surnameOf = rightSurname ? invitee : (invitee + 1) % CITIZENS;
    List<String> ids = pupils.stream().map(p -> pupilId(p).value()).toList();
    InvitationRequest form = byPhone
        ? InvitationRequest.byPhone(phone(key), surname(surnameOf), ids)
        : InvitationRequest.bySnils(snils(key), surname(surnameOf), ids);
    if (sections != null) {
      form = form.withSections(sections);
    }
    LocalDate endDate = endInDays == null ? null : model.today().plusDays(endInDays);
    if (endDate != null) {
      form = form.withEndDate(endDate);
    }
    int found = model.lookUp(byPhone, key, SURNAMES[surnameOf], CITIZENS);
    boolean expected = model.canSend(inviter, pupils, found);
    if (previewOnly) {
      var preview = attempt(commanding()::preview, citizenId(inviter), form);
      assertThat(preview != null).as("preview by c%d to c%d for %s", inviter, invitee, pupils).isEqualTo(expected);
      if (preview != null) {
        assertThat(preview.trustee().surname()).isEqualTo(SURNAMES[found]);
        assertThat(preview.children()).hasSize(pupils.size());
      }
      return;
    }
    Invitation sent = attempt(commanding()::send, citizenId(inviter), form);
    assertThat(sent != null).as("send by c%d to c%d for %s", inviter, invitee, pupils).isEqualTo(expected);
    if (sent == null) {
      refusedSends++;
    } else {
      this.sent++;
      assertThat(sent.invitee()).isEqualTo(citizenId(found));
      Set<String> names = new TreeSet<>();
      (sections == null ? EnumSet.allOf(DiarySection.class) : sections).forEach(s -> names.add(s.name()));
      model.invitations.add(new Inv(sent.id().value(), inviter, found, List.copyOf(new TreeSet<>(pupils)), names,
          endDate, model.now, model.now.plus(model.lifetime)));
    }
  }

  void accept(Integer chosen, int invitationIndex) {
    Inv inv = pick(invitationIndex);
    if (inv == null) {
      return;
    }
    int c = chosen != null ? chosen : inv.invitee;
    boolean expected = model.canAnswer(c, inv);
    List<Integer> expectedPupils = expected ? model.wouldGrant(inv) : List.of();
    Acceptance acceptance = attempt(commanding()::accept, citizenId(c), InvitationId.of(inv.id));
    assertThat(acceptance != null).as("accept of %s by c%d", inv.id, c).isEqualTo(expected);
    if (acceptance != null) {
      accepted++;
      assertThat(acceptance.grants()).extracting(g -> Integer.parseInt(g.pupil().value().substring(1)))
          .containsExactlyElementsOf(expectedPupils);
      inv.state = ReferenceModel.InvState.ACCEPTED;
      inv.answeredAt = model.now;
      for (Grant g : acceptance.grants()) {
        model.grants.add(new Gr(g.id().value(), inv.inviter, inv.invitee,
            Integer.parseInt(g.pupil().value().substring(1)), inv.sections, inv.endDate));
      }
    }
  }

  void decline(Integer chosen, int invitationIndex) {
    Inv inv = pick(invitationIndex);
    if (inv == null) {
      return;
    }
    int c = chosen != null ? chosen : inv.invitee;
    boolean expected = model.canAnswer(c, inv);
    Invitation result = attempt(commanding()::decline, citizenId(c), InvitationId.of(inv.id));
    assertThat(result != null).as("decline of %s by c%d", inv.id, c).isEqualTo(expected);
    if (result != null) {
      inv.state = ReferenceModel.InvState.DECLINED;
      inv.answeredAt = model.now;
    }
  }

  void cancel(Integer chosen, int invitationIndex) {
    Inv inv = pick(invitationIndex);
    if (inv == null) {
      return;
    }
    int c = chosen != null ? chosen : inv.inviter;
    boolean expected = model.canCancel(c, inv);
    Invitation result = attempt(commanding()::cancel, citizenId(c), InvitationId.of(inv.id));
    assertThat(result != null).as("cancel of %s by c%d", inv.id, c).isEqualTo(expected);
    if (result != null) {
      inv.state = ReferenceModel.InvState.CANCELLED;
      inv.answeredAt = model.now;
    }
  }

  void revoke(Integer chosen, int grantIndex) {
    Gr g = pickGrant(grantIndex);
    if (g == null) {
      return;
    }
    int c = chosen != null ? chosen : representativeOf(g.pupil, g.grantor);
    boolean expected = model.canRevoke(c, g);
    Grant result = attempt(commanding()::revoke, citizenId(c), GrantId.of(g.id));
    assertThat(result != null).as("revoke of %s by c%d", g.id, c).isEqualTo(expected);
    if (result != null) {
      g.state = ReferenceModel.GrantState.ENDED;
    }
  }

  void renounce(Integer chosen, int grantIndex) {
    Gr g = pickGrant(grantIndex);
    if (g == null) {
      return;
    }
    int c = chosen != null ? chosen : g.trustee;
    boolean expected = model.canRenounce(c, g);
    Grant result = attempt(commanding()::renounce, citizenId(c), GrantId.of(g.id));
    assertThat(result != null).as("renounce of %s by c%d", g.id, c).isEqualTo(expected);
    if (result != null) {
      g.state = ReferenceModel.GrantState.ENDED;
    }
  }

  void housekeeping() {
    grantsEnded += commanding().housekeeping().terminatedGrants();
    model.housekeeping();
  }

  private Inv pick(int index) {
    int n = model.invitations.size();
    return n == 0 ? null : model.invitations.get(n - 1 - index % n);
  }

  private Gr pickGrant(int index) {
    int n = model.grants.size();
    return n == 0 ? null : model.grants.get(n - 1 - index % n);
  }

  private static <A, B, R> R attempt(java.util.function.BiFunction<A, B, R> command, A a, B b) {
    try {
      return command.apply(a, b);
    } catch (RefusedException refused) {
      return null;
    }
  }

  // ---- the invariant ----

  void agreesWithModel() {
    DiaryAccess deciding = deciding();
    for (int c = 0; c < CITIZENS; c++) {
      Set<String> visible = new TreeSet<>();
      for (int p = 0; p < PUPILS; p++) {
        for (DiarySection section : new DiarySection[] {null, DiarySection.GRADES, DiarySection.ATTENDANCE}) {
          AccessDecision decision = section == null
              ? deciding.decide(citizenId(c), pupilId(p))
              : deciding.decide(citizenId(c), pupilId(p), section);
          Expected expected = model.decide(c, p, section == null ? null : section.name());
          assertThat(describe(decision)).as("decision for c%d on p%d (%s); %s", c, p, section, model)
              .isEqualTo(expected);
          if (decision.isAllowed()) {
            assertHasBasisInStore(c, p, decision);
            switch (expected.kind()) {
              case "TRUSTED" -> trustedAllowed++;
              case "REP" -> representativeAllowed++;
              default -> selfAllowed++;
            }
          }
        }
        if (!model.decide(c, p, null).equals(Expected.DENIED)) {
          visible.add(pupilId(p).value());
        }
      }
      if (model.registered(c)) {
        Set<String> listed = new TreeSet<>();
        deciding.visibleDiaries(citizenId(c), PageRequest.first(2)).items().forEach(d -> listed.add(d.pupil().value()));
        var next = deciding.visibleDiaries(citizenId(c), PageRequest.first(2)).next();
        while (next.isPresent()) {
          var page = deciding.visibleDiaries(citizenId(c), PageRequest.after(next.get(), 2));
          page.items().forEach(d -> listed.add(d.pupil().value()));
          next = page.next();
        }
        assertThat(listed).as("visible diaries of c%d", c).isEqualTo(visible);
      }
    }
    for (int p = 0; p < PUPILS; p++) {
      Map<String, Long> livePerTrustee = new HashMap<>();
      PupilRecordId pupil = pupilId(p);
      for (Grant g : world.store().unitOfWork().read(() -> world.store().grants().liveForPupil(pupil))) {
        livePerTrustee.merge(g.trustee().value(), 1L, Long::sum);
      }
      assertThat(livePerTrustee.values()).as("at most one live grant per person and child").allMatch(n -> n == 1);
    }
  }

  private static Expected describe(AccessDecision decision) {
    if (!(decision instanceof AccessDecision.Allowed allowed)) {
      return Expected.DENIED;
    }
    Basis basis = allowed.basis();
    if (basis instanceof Basis.TrustedPerson trusted) {
      return new Expected("TRUSTED", trusted.grant().value());
    }
    return new Expected(basis instanceof Basis.Self ? "SELF" : "REP", null);
  }

  /** Independently of the model: an allowed decision must be backed by what the store holds. */
  private void assertHasBasisInStore(int c, int p, AccessDecision decision) {
    var store = world.store();
    Citizen citizen = store.unitOfWork().read(() -> store.citizens().findById(citizenId(c))).orElseThrow();
    PupilRecord record = store.unitOfWork().read(() -> store.schoolRegister().findById(pupilId(p))).orElseThrow();
    assertThat(record.enrolled()).isTrue();
    Basis basis = ((AccessDecision.Allowed) decision).basis();
    if (basis instanceof Basis.TrustedPerson trusted) {
      Grant grant = store.unitOfWork().read(() -> store.grants().findById(trusted.grant())).orElseThrow();
      assertThat(grant.trustee()).isEqualTo(citizen.id());
      assertThat(grant.pupil()).isEqualTo(record.id());
      assertThat(grant.state()).isEqualTo(org.diaryaccess.spi.grant.GrantState.ACTIVE);
    } else {
      var phone = citizen.contacts().mobilePhone();
      assertThat(phone).isPresent();
      boolean listed = record.contacts().mobilePhone().equals(phone)
          || record.representatives().stream().anyMatch(r -> r.contacts().mobilePhone().equals(phone));
      assertThat(listed).as("a pupil or representative basis needs the school to hold the phone").isTrue();
    }
  }

  @Override
  public String toString() {
    return model.toString();
  }
}
