package org.diaryaccess.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.people.Citizen;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether the invitee look-up tells, by its timing, a registered phone with a wrong surname from
 * a phone nobody registered: both must be refused alike ({@code INVITEE_NOT_FOUND}) and take the
 * same time, or the preview becomes a way to find out who is on the portal.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class EnumerationBenchmark {

  /**
   * A registered guest's phone with somebody else's surname.
   *
   * @param city the loaded city
   * @return the reason
   */
  @Benchmark
  public ReasonCode registeredPhoneWrongSurname(LoadedCity city) {
    Citizen guest = city.nextGuest();
    return refusal(city, guest.contacts().rawMobilePhone().orElseThrow(), "Неизвестная");
  }

  /**
   * A phone nobody registered, with a guest's surname.
   *
   * @param city the loaded city
   * @return the reason
   */
  @Benchmark
  public ReasonCode unknownPhone(LoadedCity city) {
    Citizen guest = city.nextGuest();
    String phone = guest.contacts().rawMobilePhone().orElseThrow().replace("+7919", "+7929");
    return refusal(city, phone, guest.name().surname());
  }

  private static ReasonCode refusal(LoadedCity city, String phone, String surname) {
    City.Question family = City.draw(city.city.parents);
    try {
      city.access.preview(family.citizen(), InvitationRequest.byPhone(phone, surname,
          List.of(family.pupil().value())));
      throw new IllegalStateException("the preview found somebody");
    } catch (RefusedException e) {
      return e.reason();
    }
  }
}
