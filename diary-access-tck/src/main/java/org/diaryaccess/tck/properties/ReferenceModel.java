package org.diaryaccess.tck.properties;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * docs/RULES.md restated as plainly as possible, to check the library against. It knows nothing of the
 * library's classes: contacts are small integers (the index of an e-mail, a phone, a SNILS in a
 * fixed list, -1 for none), people and pupils are numbers, and every rule is a few lines over
 * lists. If the library and this model ever disagree, one of them misreads docs/RULES.md.
 */
final class ReferenceModel {
  static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
  static final int NONE = -1;

  /** R3's inputs: the indexes of an e-mail, a phone and a SNILS, each possibly {@link #NONE}. */
  record Triple(int email, int phone, int snils) {
    static final Triple EMPTY = new Triple(NONE, NONE, NONE);
  }

  /** A pupil record as the school holds it. */
  static final class SchoolRecord {
    Triple own = Triple.EMPTY;
    final Triple[] reps = {null, null};
    boolean enrolled = true;
    final LocalDate born;

    SchoolRecord(LocalDate born) {
      this.born = born;
    }
  }

  enum InvState { PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED }

  enum GrantState { PROVISIONING, ACTIVE, ENDED }

  static final class Inv {
    final String id;
    final int inviter;
    final int invitee;
    final List<Integer> pupils;
    final Set<String> sections;
    final LocalDate endDate;
    final Instant sentAt;
    final Instant expiresAt;
    InvState state = InvState.PENDING;
    Instant answeredAt;

    Inv(String id, int inviter, int invitee, List<Integer> pupils, Set<String> sections, LocalDate endDate,
        Instant sentAt, Instant expiresAt) {
      this.id = id;
      this.inviter = inviter;
      this.invitee = invitee;
      this.pupils = pupils;
      this.sections = sections;
      this.endDate = endDate;
      this.sentAt = sentAt;
      this.expiresAt = expiresAt;
    }
  }

  static final class Gr {
    final String id;
    final int grantor;
    final int trustee;
    final int pupil;
    final Set<String> sections;
    final LocalDate endDate;
    GrantState state = GrantState.PROVISIONING;

    Gr(String id, int grantor, int trustee, int pupil, Set<String> sections, LocalDate endDate) {
      this.id = id;
      this.grantor = grantor;
      this.trustee = trustee;
      this.pupil = pupil;
      this.sections = sections;
      this.endDate = endDate;
    }

    boolean live() {
      return state != GrantState.ENDED;
    }
  }

  /** What a decision should be: nobody, the pupil, a representative, or a trusted person by grant. */
  record Expected(String kind, String grant) {
    static final Expected DENIED = new Expected("DENIED", null);
  }

  // settings (a small policy, so that limits are reached)
  final int perChild;
  final int perDay;
  final int declines;
  final Duration cooldown;
  final Duration lifetime;

  final String[] surnames;
  final LocalDate[] citizenBorn;
  final Map<Integer, Triple> profiles = new HashMap<>();
  final List<SchoolRecord> records = new ArrayList<>();
  final List<Inv> invitations = new ArrayList<>();
  final List<Gr> grants = new ArrayList<>();
  Instant now;

  ReferenceModel(Instant start, String[] surnames, LocalDate[] citizenBorn, LocalDate[] pupilBorn,
      int perChild, int perDay, int declines, Duration cooldown, Duration lifetime) {
    this.now = start;
    this.surnames = surnames;
    this.citizenBorn = citizenBorn;
    for (LocalDate born : pupilBorn) {
      records.add(new SchoolRecord(born));
    }
    this.perChild = perChild;
    this.perDay = perDay;
    this.declines = declines;
    this.cooldown = cooldown;
    this.lifetime = lifetime;
  }

  LocalDate today() {
    return LocalDate.ofInstant(now, ZONE);
  }

  boolean registered(int c) {
    return profiles.containsKey(c);
  }

  // ---- R3, R4, R5, R12 ----

  static boolean matches(Triple profile, Triple entry) {
    if (entry == null) {
      return false;
    }
    boolean snilsOk = profile.snils == NONE || entry.snils == NONE || profile.snils == entry.snils;
    return profile.email != NONE && profile.email == entry.email
        && profile.phone != NONE && profile.phone == entry.phone
        && snilsOk;
  }

  boolean ofAge(int p) {
    LocalDate born = records.get(p).born;
    return born != null && Period.between(born, today()).getYears() >= 18;
  }

  boolean isPupil(int c, int p) {
    SchoolRecord r = records.get(p);
    return registered(c) && r.enrolled && matches(profiles.get(c), r.own);
  }

  boolean listedRep(int c, int p) {
    if (!registered(c)) {
      return false;
    }
    for (Triple rep : records.get(p).reps) {
      if (matches(profiles.get(c), rep)) {
        return true;
      }
    }
    return false;
  }

  boolean isRep(int c, int p) {
    return records.get(p).enrolled && !ofAge(p) && listedRep(c, p);
  }

  /** R10 without the grant's own state. */
  boolean stands(Gr g) {
    SchoolRecord r = records.get(g.pupil);
    return r.enrolled && !ofAge(g.pupil) && (g.endDate == null || !today().isAfter(g.endDate))
        && listedRep(g.grantor, g.pupil);
  }

  // ---- R13 decisions ----

  Expected decide(int c, int p, String section) {
    if (!registered(c) || !records.get(p).enrolled) {
      return Expected.DENIED;
    }
    if (isPupil(c, p)) {
      return new Expected("SELF", null);
    }
    if (isRep(c, p)) {
      return new Expected("REP", null);
    }
    for (Gr g : grants) {
      if (g.trustee == c && g.pupil == p && g.state == GrantState.ACTIVE && stands(g)
          && (section == null || g.sections.contains(section))) {
        return new Expected("TRUSTED", g.id);
      }
    }
    return Expected.DENIED;
  }

  // ---- R7: would a send go through? ----

  boolean open(Inv i) {
    return i.state == InvState.PENDING && now.isBefore(i.expiresAt);
  }

  /** The invitee the look-up finds, or -1. */
  int lookUp(boolean byPhone, int value, String surname, int universe) {
    int found = -1;
    int count = 0;
    for (int c = 0; c < universe; c++) {
      if (!registered(c)) {
        continue;
      }
      Triple t = profiles.get(c);
      int key = byPhone ? t.phone : t.snils;
      if (key != NONE && key == value && surnames[c].equals(surname)) {
        found = c;
        count++;
      }
    }
    return count == 1 ? found : -1;
  }

  boolean canSend(int inviter, List<Integer> pupils, int invitee) {
    if (!registered(inviter)) {
      return false;
    }
    for (int p : pupils) {
      if (!isRep(inviter, p)) {
        return false;
      }
    }
    if (invitee < 0 || invitee == inviter) {
      return false;
    }
    for (int p : pupils) {
      if (isPupil(invitee, p) || listedRep(invitee, p)) {
        return false;
      }
    }
    LocalDate born = citizenBorn[invitee];
    if (born != null && Period.between(born, today()).getYears() < 18) {
      return false;
    }
    for (int p : pupils) {
      long pending = invitations.stream().filter(i -> open(i) && i.pupils.contains(p)).count();
      long live = grants.stream().filter(g -> g.live() && g.pupil == p).count();
      boolean invited = invitations.stream().anyMatch(i -> open(i) && i.pupils.contains(p) && i.invitee == invitee);
      boolean granted = grants.stream().anyMatch(g -> g.live() && g.pupil == p && g.trustee == invitee);
      // RULES.md, Settings: a decline that brings the count within the span to the limit starts a cooldown
      // lasting the span from that decline.
      List<Instant> declinedAt = invitations.stream().filter(i -> i.state == InvState.DECLINED
          && i.inviter == inviter && i.invitee == invitee && i.pupils.contains(p)).map(i -> i.answeredAt).toList();
      boolean coolingDown = declinedAt.stream().anyMatch(reached -> !reached.isBefore(now.minus(cooldown))
          && declinedAt.stream().filter(d -> !d.isAfter(reached) && !d.isBefore(reached.minus(cooldown))).count()
              >= declines);
      if (invited || granted || pending + live >= perChild || coolingDown) {
        return false;
      }
    }
    long sent = invitations.stream().filter(i -> i.inviter == inviter && !i.sentAt.isBefore(now.minus(Duration.ofHours(24))))
        .count();
    return sent < perDay;
  }

  // ---- R8, R11 ----

  Inv invitation(String id) {
    return invitations.stream().filter(i -> i.id.equals(id)).findFirst().orElseThrow();
  }

  Gr grant(String id) {
    return grants.stream().filter(g -> g.id.equals(id)).findFirst().orElseThrow();
  }

  boolean canAnswer(int c, Inv i) {
    return i.invitee == c && open(i);
  }

  boolean canCancel(int c, Inv i) {
    return i.inviter == c && open(i);
  }

  /** The pupils an acceptance grants, in order. */
  List<Integer> wouldGrant(Inv i) {
    List<Integer> granted = new ArrayList<>();
    for (int p : i.pupils) {
      boolean alreadyLive = grants.stream().anyMatch(g -> g.live() && g.trustee == i.invitee && g.pupil == p);
      if (isRep(i.inviter, p) && !alreadyLive) {
        granted.add(p);
      }
    }
    return granted;
  }

  boolean canRevoke(int c, Gr g) {
    return g.live() && isRep(c, g.pupil);
  }

  boolean canRenounce(int c, Gr g) {
    return g.live() && g.trustee == c;
  }

  // ---- housekeeping ----

  void housekeeping() {
    for (Inv i : invitations) {
      if (i.state == InvState.PENDING && !now.isBefore(i.expiresAt)) {
        i.state = InvState.EXPIRED;
        i.answeredAt = now;
      }
    }
    for (Gr g : grants) {
      if (g.live() && !stands(g)) {
        g.state = GrantState.ENDED;
      }
    }
    for (Gr g : grants) {
      if (g.state == GrantState.PROVISIONING) {
        g.state = GrantState.ACTIVE;
      }
    }
  }

  static Set<String> allSections() {
    Set<String> all = new java.util.TreeSet<>();
    for (var s : EnumSet.allOf(org.diaryaccess.spi.service.DiarySection.class)) {
      all.add(s.name());
    }
    return all;
  }

  @Override
  public String toString() {
    return "model at " + now + ": " + profiles.size() + " citizens, " + invitations.size() + " invitations, "
        + grants.size() + " grants " + grants.stream().map(g -> g.id + ":" + g.state).toList()
        + Objects.toString("");
  }
}
