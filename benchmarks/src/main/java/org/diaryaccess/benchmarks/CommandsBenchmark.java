package org.diaryaccess.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.diaryaccess.spi.people.Citizen;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The guide's invitation flow as commands: a parent invites a guest by phone and surname, the
 * guest accepts in the notification centre, and — so the next call starts from the same state
 * and no limit is reached — the parent revokes the grant. Each call is three units of work; the
 * clock moves ten minutes per call, so no parent nears the daily limit.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class CommandsBenchmark {
  private static final Duration BETWEEN_CALLS = Duration.ofMinutes(10);

  /**
   * Send, accept, revoke.
   *
   * @param city the loaded city
   * @return the grant, revoked
   */
  @Benchmark
  public Grant sendAcceptRevoke(LoadedCity city) {
    return cycle(city, City.draw(city.city.parents), city.nextGuest(), BETWEEN_CALLS);
  }

  /**
   * Send, accept, revoke, by ten families whose earlier cycles are all kept: the commands' cost
   * must not grow with a person's history.
   *
   * @param city the loaded city
   * @param history the families and what they did before
   * @return the grant, revoked
   */
  @Benchmark
  public Grant sendAcceptRevokeAfterHistory(LoadedCity city, History history) {
    int k = history.next();
    return cycle(city, history.families.get(k), history.guests.get(k), history.betweenCalls);
  }

  private static Grant cycle(LoadedCity city, City.Question family, Citizen guest, Duration betweenCalls) {
    city.loaded.clock().advance(betweenCalls);
    Invitation invitation = city.access.send(family.citizen(), InvitationRequest.byPhone(
        guest.contacts().rawMobilePhone().orElseThrow(), guest.name().surname(), List.of(family.pupil().value())));
    Grant grant = city.access.accept(guest.id(), invitation.id()).grants().get(0);
    return city.access.revoke(family.citizen(), grant.id());
  }

  /**
   * Ten families, each with one guest, who went through the cycle {@code cycles} times each
   * before the city's day: as many accepted invitations and revoked grants per parent, guest and
   * child, loaded in bulk. The families take turns, and the clock moves so that none nears the
   * daily limit.
   */
  @State(Scope.Benchmark)
  public static class History {
    @Param({"0", "1000"})
    public int cycles;

    @SuppressWarnings("NullAway.Init")
    List<City.Question> families;
    @SuppressWarnings("NullAway.Init")
    List<Citizen> guests;
    @SuppressWarnings("NullAway.Init")
    Duration betweenCalls;
    private int turn;

    /**
     * Loads the earlier cycles.
     *
     * @param city the loaded city
     */
    @Setup(Level.Trial)
    public void load(LoadedCity city) {
      int count = Math.min(10, city.city.uninvited.size());
      families = city.city.parents.subList(0, count);
      guests = city.city.uninvited.subList(0, count);
      // Each family sends once per 18 calls' worth of a day at most: under the default 20.
      betweenCalls = Duration.ofMinutes(24 * 60 / 18 / count + 1);
      List<Invitation> invitations = new ArrayList<>();
      List<Grant> grants = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        City.Question family = families.get(k);
        for (int i = 0; i < cycles; i++) {
          Instant sent = City.NOW.minus(Duration.ofDays(2)).minus(Duration.ofMinutes(10L * i));
          String id = "h" + k + "-" + i;
          Invitation accepted = new Invitation(InvitationId.of("i" + id), family.citizen(), guests.get(k).id(),
              Service.E_DIARY, List.of(family.pupil()), EnumSet.of(DiarySection.GRADES), null,
              InvitationState.ACCEPTED, sent, sent.plus(Duration.ofDays(30)), sent.plusSeconds(60), 1);
          invitations.add(accepted);
          grants.add(new Grant(GrantId.of("g" + id), accepted.id(), family.citizen(), guests.get(k).id(),
              family.pupil(), Service.E_DIARY, EnumSet.of(DiarySection.GRADES), null, GrantState.ACTIVE,
              sent.plusSeconds(60), sent.plus(Duration.ofDays(1)), sent.plusSeconds(60), null, null, null, 0)
              .revoke(family.citizen(), sent.plusSeconds(120)));
        }
      }
      DiaryStore store = city.loaded.store();
      store.unitOfWork().write(() -> {
        store.invitations().insertAll(invitations);
        store.grants().insertAll(grants);
        return Boolean.TRUE;
      });
    }

    int next() {
      turn = (turn + 1) % families.size();
      return turn;
    }
  }
}
