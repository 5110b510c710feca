package org.diaryaccess.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
    City.Question family = city.next(city.city.parents);
    Citizen guest = city.nextGuest();
    city.loaded.clock().advance(BETWEEN_CALLS);
    Invitation invitation = city.access.send(family.citizen(), InvitationRequest.byPhone(
        guest.contacts().rawMobilePhone().orElseThrow(), guest.name().surname(), List.of(family.pupil().value())));
    Grant grant = city.access.accept(guest.id(), invitation.id()).grants().get(0);
    return city.access.revoke(family.citizen(), grant.id());
  }
}
