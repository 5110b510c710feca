package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.audit.AuditVerification;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Eight host instances, each with its own pool and library and three threads, run random
 * commands against one PostgreSQL for a bounded time, with the notification centre refusing one
 * call in ten and the diary system down now and then. Afterwards every invariant holds: no two
 * live grants for one person and child, no child over the trusted-person limit, no inviter over
 * the daily limit in any 24 hours, every state change audited once, the audit chain intact, the
 * outbox drained. {@code -Ddiaryaccess.torture.seconds=600} makes it a soak.
 */
class TortureTest {
  private static final int INSTANCES = 8;
  private static final int THREADS = 3;
  private static final int FAMILIES = 10;
  private static final int GUESTS = 14;
  private static final int TRUSTED_LIMIT = 3;
  private static final int DAILY_LIMIT = 4;
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("diaryaccess.torture.seconds", 15));
  /** The clock's occasional jump; 0 keeps it to minutes, under the outbox lease. */
  private static final Duration JUMP = Duration.ofHours(Long.getLong("diaryaccess.torture.jumpHours", 12));

  private final MutableClock clock = new MutableClock(Guide.SCHOOL_YEAR_STARTS);
  private final RecordingNotificationCentre centre = new RecordingNotificationCentre();
  private final RecordingDiaryProvisioning diarySystem = new RecordingDiaryProvisioning();
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<DiaryAccess> instances = new ArrayList<>();
  private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

  @AfterEach
  void stop() {
    pools.forEach(HikariDataSource::close);
  }

  private static CitizenId parent(int i) {
    return CitizenId.of("parent-" + i);
  }

  private static CitizenId guest(int i) {
    return CitizenId.of("guest-" + i);
  }

  private static PupilRecordId child(int i) {
    return PupilRecordId.of("child-" + i);
  }

  private static String phone(int prefix, int n) {
    return String.format("+7 9%02d %07d", prefix, n);
  }

  private DataSource start() {
    DataSource shared = Databases.emptyPostgres();
    AccessSettings policy = AccessSettings.defaults().withTrustedPersonsPerChild(TRUSTED_LIMIT)
        .withInvitationsPerDay(DAILY_LIMIT);
    for (int i = 0; i < INSTANCES; i++) {
      HikariDataSource pool = Databases.anotherPostgresInstance(THREADS);
      pools.add(pool);
      instances.add(DiaryAccess.builder().store(JdbcStore.on(pool)).notificationCentre(centre)
          .diaryProvisioning(diarySystem).clock(clock).ids(new PrefixedIds("n" + i)).settings(policy).build());
    }
    JdbcStore store = JdbcStore.on(shared);
    List<Citizen> citizens = new ArrayList<>();
    List<PupilRecord> records = new ArrayList<>();
    for (int i = 0; i < FAMILIES; i++) {
      Contacts contacts = Contacts.of("parent" + i + "@mail.ru", phone(16, i), null);
      citizens.add(new Citizen(parent(i), PersonName.of("Родитель", "Мать"), LocalDate.of(1985, 1, 1), null, contacts));
      records.add(new PupilRecord(child(i), Guide.SCHOOL, "5А", PersonName.of("Родитель", "Ребёнок"),
          LocalDate.of(2015, 1, 1), Contacts.none(), true, List.of(new LegalRepresentative(RepresentativeKind.MOTHER,
              PersonName.of("Родитель", "Мать"), contacts))));
    }
    for (int g = 0; g < GUESTS; g++) {
      citizens.add(new Citizen(guest(g), PersonName.of("Гостева", "Анна"), LocalDate.of(1960, 1, 1), null,
          Contacts.of("guest" + g + "@mail.ru", phone(3, g), null)));
    }
    store.citizens().saveAll(citizens);
    store.schoolRegister().upsert(records);
    return shared;
  }

  @Test
  void randomCommandsOnEightInstancesLeaveEveryInvariantStanding() throws Exception {
    DataSource database = start();
    SplittableRandom faults = new SplittableRandom(10);
    centre.failWhen(notice -> nextInt(faults, 10) == 0);

    ExecutorService threads = Executors.newFixedThreadPool(INSTANCES * THREADS);
    Instant deadline = Instant.now().plus(RUN);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < INSTANCES * THREADS; i++) {
      DiaryAccess access = instances.get(i % INSTANCES);
      SplittableRandom random = new SplittableRandom(1_000 + i);
      running.add(threads.submit(() -> {
        while (Instant.now().isBefore(deadline)) {
          step(access, random);
        }
        return null;
      }));
    }
    for (Future<?> thread : running) {
      thread.get(RUN.toSeconds() + 120, TimeUnit.SECONDS);
    }
    threads.shutdown();

    // The neighbours recover; housekeeping drains what they refused.
    centre.failWhen(notice -> false);
    diarySystem.down(false);
    DiaryAccess any = instances.get(0);
    for (int run = 0; run < 50; run++) {
      clock.advance(Duration.ofHours(1));
      any.housekeeping();
      if (JdbcStore.on(database).outbox().undelivered() == 0) {
        break;
      }
    }

    System.out.println("torture: " + RUN.toSeconds() + " s, " + INSTANCES + " instances x " + THREADS
        + " threads: " + new java.util.TreeMap<>(outcomes));
    assertThat(outcomes.getOrDefault("unexpected", new AtomicLong()).get()).as("untyped failures").isZero();
    assertThat(outcomes.getOrDefault("send:done", new AtomicLong()).get()).as("sends that went through").isPositive();
    assertThat(outcomes.getOrDefault("accept:done", new AtomicLong()).get()).as("acceptances").isPositive();
    invariantsHold(database);
  }

  private static synchronized int nextInt(SplittableRandom random, int bound) {
    return random.nextInt(bound);
  }

  private void count(String outcome) {
    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
  }

  /** One random command, as a host's user or scheduler would issue it. */
  private void step(DiaryAccess access, SplittableRandom random) {
    int family = random.nextInt(FAMILIES);
    int guestNo = random.nextInt(GUESTS);
    String op = switch (random.nextInt(20)) {
      case 0, 1, 2, 3 -> "send";
      case 4, 5, 6 -> "accept";
      case 7 -> "decline";
      case 8 -> "cancel";
      case 9 -> "revoke";
      case 10 -> "renounce";
      case 11 -> "housekeeping";
      case 12 -> "clock";
      case 13 -> "provisioning";
      default -> "decide";
    };
    try {
      switch (op) {
        case "send" -> access.send(parent(family), InvitationRequest.byPhone(phone(3, guestNo), "Гостева",
            List.of(child(family).value())));
        case "accept", "decline" -> {
          List<Invitation> pending = access.invitationsReceived(guest(guestNo), Set.of(InvitationState.PENDING),
              PageRequest.first()).items();
          if (pending.isEmpty()) {
            count(op + ":none");
            return;
          }
          InvitationId id = pending.get(random.nextInt(pending.size())).id();
          if (op.equals("accept")) {
            access.accept(guest(guestNo), id);
          } else {
            access.decline(guest(guestNo), id);
          }
        }
        case "cancel" -> {
          List<Invitation> pending = access.invitationsSent(parent(family), Set.of(InvitationState.PENDING),
              PageRequest.first()).items();
          if (pending.isEmpty()) {
            count(op + ":none");
            return;
          }
          access.cancel(parent(family), pending.get(0).id());
        }
        case "revoke", "renounce" -> {
          List<Grant> live = JdbcStore.on(pools.get(0)).grants().liveForPupil(child(family));
          if (live.isEmpty()) {
            count(op + ":none");
            return;
          }
          Grant grant = live.get(random.nextInt(live.size()));
          GrantId id = grant.id();
          if (op.equals("revoke")) {
            access.revoke(parent(family), id);
          } else {
            access.renounce(grant.trustee(), id);
          }
        }
        case "housekeeping" -> access.housekeeping();
        // Mostly minutes, as time passes between requests; now and then half a day, so that
        // invitations expire and daily limits roll over. A jump past the 5-minute lease lets
        // another instance claim a message being delivered: the idempotency key absorbs that.
        case "clock" -> clock.advance(random.nextInt(8) == 0 && !JUMP.isZero() ? JUMP
            : Duration.ofMinutes(1 + random.nextInt(4)));
        case "provisioning" -> diarySystem.down(random.nextInt(5) == 0);
        default -> {
          boolean allowed = access.decide(guest(guestNo), child(family)).isAllowed();
          count("decide:" + (allowed ? "allowed" : "denied"));
          return;
        }
      }
      count(op + ":done");
    } catch (RefusedException e) {
      count(op + ":refused:" + e.reason());
    } catch (TransientStorageException e) {
      count(op + ":busy");
    } catch (RuntimeException e) {
      count("unexpected");
      System.err.println("torture: " + op + " failed untyped: " + e);
    }
  }

  private void invariantsHold(DataSource database) throws SQLException {
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      // one live grant per person and child
      assertThat(rows(s, "SELECT trustee, pupil_id FROM da_grant WHERE state IN ('PROVISIONING', 'ACTIVE') "
          + "GROUP BY trustee, pupil_id HAVING COUNT(*) > 1")).isEmpty();
      // no child over the trusted-person limit
      assertThat(rows(s, "SELECT pupil_id FROM da_grant WHERE state IN ('PROVISIONING', 'ACTIVE') "
          + "GROUP BY pupil_id HAVING COUNT(*) > " + TRUSTED_LIMIT)).isEmpty();
      // no inviter over the daily limit in any 24 hours
      Map<String, List<Instant>> sent = new HashMap<>();
      try (ResultSet rs = s.executeQuery("SELECT inviter, sent_at FROM da_invitation ORDER BY inviter, sent_at")) {
        while (rs.next()) {
          sent.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(rs.getObject(2, OffsetDateTime.class).toInstant());
        }
      }
      sent.forEach((inviter, times) -> {
        for (int i = 0; i < times.size(); i++) {
          Instant windowEnd = times.get(i).plus(Duration.ofDays(1));
          long inWindow = times.subList(i, times.size()).stream().filter(t -> t.isBefore(windowEnd)).count();
          assertThat(inWindow).as("sends by %s in the 24 hours from send %s", inviter, i)
              .isLessThanOrEqualTo(DAILY_LIMIT);
        }
      });
      // every state change audited once
      Map<String, Long> done = counts(s, "SELECT action, COUNT(*) FROM da_audit WHERE outcome = 'DONE' GROUP BY action");
      Map<String, Long> invitations = counts(s, "SELECT state, COUNT(*) FROM da_invitation GROUP BY state");
      Map<String, Long> grants = counts(s, "SELECT state, COUNT(*) FROM da_grant GROUP BY state");
      long invitationCount = invitations.values().stream().mapToLong(Long::longValue).sum();
      assertThat(done.getOrDefault("SEND", 0L)).isEqualTo(invitationCount);
      for (InvitationState state : EnumSet.of(InvitationState.ACCEPTED, InvitationState.DECLINED,
          InvitationState.CANCELLED, InvitationState.EXPIRED)) {
        String action = switch (state) {
          case ACCEPTED -> "ACCEPT";
          case DECLINED -> "DECLINE";
          case CANCELLED -> "CANCEL";
          default -> "EXPIRE";
        };
        assertThat(done.getOrDefault(action, 0L)).as(action).isEqualTo(invitations.getOrDefault(state.name(), 0L));
      }
      assertThat(done.getOrDefault("REVOKE", 0L)).isEqualTo(grants.getOrDefault("REVOKED", 0L));
      assertThat(done.getOrDefault("RENOUNCE", 0L)).isEqualTo(grants.getOrDefault("RENOUNCED", 0L));
      assertThat(done.getOrDefault("TERMINATE", 0L)).isEqualTo(grants.getOrDefault("TERMINATED", 0L));
      assertThat(done.getOrDefault("ACTIVATE", 0L)).isEqualTo(single(s,
          "SELECT COUNT(*) FROM da_grant WHERE activated_at IS NOT NULL"));
      System.out.println("torture: invitations " + invitations + ", grants " + grants + ", audit " + done
          + ", notices " + centre.notices().size() + " (redelivered " + centre.redeliveries() + ")");
    }
    // the outbox drained, and the chain intact over every entry
    assertThat(JdbcStore.on(database).outbox().undelivered()).isZero();
    AuditVerification chain = instances.get(INSTANCES - 1).verifyAudit();
    assertThat(chain.isIntact()).isTrue();
    assertThat(chain.unsealed()).isZero();
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      assertThat(chain.verified()).isEqualTo(single(s, "SELECT COUNT(*) FROM da_audit"));
    }
  }

  private static List<String> rows(Statement s, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  private static Map<String, Long> counts(Statement s, String sql) throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
