package org.diaryaccess.core.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.World;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.junit.jupiter.api.Test;

/**
 * The library's neighbours fail and it keeps its word: with the notification centre refusing
 * 30 % of calls, every notice still arrives, once per idempotency key; with the diary system
 * failing, provisioning is retried, a grant past its 24 hours is flagged, and nobody is let in
 * before the diary system confirms.
 */
class FlakyNeighboursTest {
  private static final int FAMILIES = 60;

  private final World world = new World(AccessSettings.defaults());
  private final List<CitizenId> parents = new ArrayList<>();
  private final List<PupilRecordId> children = new ArrayList<>();
  private final List<CitizenId> guests = new ArrayList<>();

  private static String phone(int prefix, int n) {
    return String.format("+7 9%02d %07d", prefix, n);
  }

  private void families() {
    List<PupilRecord> records = new ArrayList<>();
    for (int i = 0; i < FAMILIES; i++) {
      CitizenId parent = CitizenId.of("parent-" + i);
      CitizenId guest = CitizenId.of("guest-" + i);
      PupilRecordId child = PupilRecordId.of("child-" + i);
      world.registered(
          new Citizen(parent, PersonName.of("Родитель", "Мать"), LocalDate.of(1985, 1, 1), null,
              Contacts.of("parent" + i + "@mail.ru", phone(16, i), null)),
          new Citizen(guest, PersonName.of("Гостева", "Анна"), LocalDate.of(1960, 1, 1), null,
              Contacts.of("guest" + i + "@mail.ru", phone(3, i), null)));
      records.add(new PupilRecord(child, Guide.SCHOOL, "5А", PersonName.of("Родитель", "Ребёнок"),
          LocalDate.of(2015, 1, 1), Contacts.none(), true, List.of(new LegalRepresentative(RepresentativeKind.MOTHER,
              PersonName.of("Родитель", "Мать"), Contacts.of("parent" + i + "@mail.ru", phone(16, i), null)))));
      parents.add(parent);
      guests.add(guest);
      children.add(child);
    }
    world.schoolHolds(records.toArray(PupilRecord[]::new));
  }

  private Invitation invite(int i) {
    return world.access.send(parents.get(i), InvitationRequest.byPhone(phone(3, i), "Гостева",
        List.of(children.get(i).value())));
  }

  /** Runs housekeeping an hour apart (the longest back-off) until the outbox is empty. */
  private int housekeepUntilDelivered() {
    for (int run = 1; run <= 100; run++) {
      world.after(Duration.ofHours(1));
      world.access.housekeeping();
      if (world.store().outbox().undelivered() == 0) {
        return run;
      }
    }
    throw new AssertionError("the outbox never drained");
  }

  @Test
  void everyNoticeArrivesOnceWhileTheCentreRefusesThirtyPercentOfCalls() {
    families();
    SplittableRandom random = new SplittableRandom(30);
    world.centre.failWhen(notice -> random.nextInt(100) < 30);
    int accepted = 0;
    int declined = 0;
    for (int i = 0; i < FAMILIES; i++) {
      Invitation invitation = invite(i);
      if (i % 3 == 0) {
        world.access.accept(guests.get(i), invitation.id());
        accepted++;
      } else if (i % 3 == 1) {
        world.access.decline(guests.get(i), invitation.id());
        declined++;
      }
      if (i % 10 == 9) {
        world.access.housekeeping(); // some deliveries happen between commands, as in production
      }
    }

    int runs = housekeepUntilDelivered();

    // One "received" per invitation, one "accepted" or "declined" per answer, and for each acceptance
    // one "access opened" to the guest and one to the parent once the diary system opened it.
    int expected = FAMILIES + accepted + declined + 2 * accepted;
    assertThat(world.centre.notices()).hasSize(expected);
    // notices() keeps each key once; redeliveries() counts the calls that repeated one
    assertThat(world.centre.redeliveries()).isZero();
    assertThat(world.centre.attempts()).as("the centre did refuse calls").isGreaterThan(expected);
    assertThat(runs).isLessThan(100);
    for (int i = 0; i < FAMILIES; i++) {
      assertThat(world.centre.inboxOf(guests.get(i))).hasSize(i % 3 == 0 ? 2 : 1);
    }
  }

  @Test
  void provisioningFailuresAreRetriedAndAGrantPastItsDeadlineIsFlaggedNotOpened() {
    families();
    world.diarySystem.down(true);
    Grant grant = world.access.accept(guests.get(0), invite(0).id()).grants().get(0);

    HousekeepingReport early = world.access.housekeeping();
    world.after(Duration.ofHours(25));
    HousekeepingReport late = world.access.housekeeping();

    assertThat(early.overdueGrants()).isZero();
    assertThat(late.overdueGrants()).isEqualTo(1);
    assertThat(world.access.overdueGrants(PageRequest.first()).items()).extracting(Grant::id)
        .containsExactly(grant.id());
    assertThat(world.access.decide(guests.get(0), children.get(0)).reasons()).as("past its deadline, late")
        .containsExactly(ReasonCode.GRANT_PROVISIONING_LATE);

    world.diarySystem.down(false);
    world.after(Duration.ofHours(1));
    HousekeepingReport recovered = world.access.housekeeping();

    assertThat(recovered.activatedGrants()).isEqualTo(1);
    assertThat(world.access.overdueGrants(PageRequest.first()).items()).isEmpty();
    assertThat(world.access.decide(guests.get(0), children.get(0)).isAllowed()).isTrue();
    assertThat(world.diarySystem.opened()).containsExactly(grant.id());
    assertThat(world.store().grants().findById(grant.id()).orElseThrow().state()).isEqualTo(GrantState.ACTIVE);
  }
}
