package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.ANTON_CITIZEN_ID;
import static org.diaryaccess.core.testing.Guide.DMITRY_ID;
import static org.diaryaccess.core.testing.Guide.MASHA;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.STRANGER_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.history.HistoryEntry;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.history.ViewerRelation;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * R15, the access history: every allowed decision is counted once, into one row per viewer, pupil
 * and day; nothing is counted for a denial; instances' counts add up; the child's current legal
 * representatives read it, a trusted person her own lines, and nobody else learns anything; it is
 * kept as long as the retention setting says, and no longer.
 */
class R15AccessHistoryTest extends RuleTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);

  @BeforeEach
  void theFamilyWithTheGrandmotherTrustedForGrades() {
    theFamily();
  }

  private Grant ninaSeesGradesOfAnton() {
    Invitation invitation = access.send(VASILISA_ID, byPhone(Guide.NINA_PHONE, "Кубарева", ANTON)
        .withSections(EnumSet.of(DiarySection.GRADES)));
    Grant grant = access.accept(NINA_ID, invitation.id()).grants().get(0);
    access.housekeeping();
    return grant;
  }

  private List<HistoryEntry> history(CitizenId asker, PupilRecordId pupil) {
    return access.accessHistory(asker, pupil, FIRST_DAY.minusDays(400), FIRST_DAY.plusDays(400),
        PageRequest.first(PageRequest.MAX_LIMIT)).items();
  }

  private List<ViewDay> stored() {
    return world.store().unitOfWork().read(() -> world.store().diaryViews().ofPupil(ANTON, LocalDate.MIN.plusDays(1),
        LocalDate.MAX.minusDays(1), null, PageRequest.first(PageRequest.MAX_LIMIT))).items();
  }

  @Test
  void theGrandmotherOpeningGradesTwiceOnOneDayAndOnceTheNextIsTwoLines() {
    Grant grant = ninaSeesGradesOfAnton();
    access.decide(NINA_ID, ANTON, DiarySection.GRADES);
    world.after(Duration.ofHours(2));
    access.decide(NINA_ID, ANTON, DiarySection.GRADES);
    world.after(Duration.ofDays(1));
    access.decide(NINA_ID, ANTON, DiarySection.GRADES);
    access.housekeeping();

    List<HistoryEntry> lines = history(VASILISA_ID, ANTON);

    assertThat(lines).extracting(HistoryEntry::day, HistoryEntry::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FIRST_DAY.plusDays(1), 1L),
            org.assertj.core.groups.Tuple.tuple(FIRST_DAY, 2L));
    HistoryEntry first = lines.get(1);
    assertThat(first.name()).isEqualTo(Guide.nina().name());
    assertThat(first.relation()).isEqualTo(ViewerRelation.TRUSTED_PERSON);
    assertThat(first.grant()).isEqualTo(grant.id());
    assertThat(first.sections()).isEqualTo(Map.of(DiarySection.GRADES, 2L));
    assertThat(first.asker()).isFalse();
    assertThat(first.lastAt()).isEqualTo(first.firstAt().plus(Duration.ofHours(2)));
  }

  @Test
  void oneRowPerViewerPupilAndDayHoweverManyDecisions() {
    ninaSeesGradesOfAnton();
    for (int i = 0; i < 50; i++) {
      access.decide(NINA_ID, ANTON, DiarySection.GRADES);
      access.decide(VASILISA_ID, ANTON);
      world.after(Duration.ofMinutes(1));
    }
    HousekeepingReport report = access.housekeeping();

    assertThat(report.historyDaysWritten()).isEqualTo(2);
    assertThat(stored()).hasSize(2).allSatisfy(row -> assertThat(row.views()).isEqualTo(50));
  }

  @Test
  void nothingIsRecordedForADenial() {
    ninaSeesGradesOfAnton();
    assertThat(access.decide(NINA_ID, ANTON, DiarySection.HOMEWORK).isAllowed()).isFalse();
    assertThat(access.decide(NINA_ID, MASHA).isAllowed()).isFalse();
    assertThat(access.decide(STRANGER_ID, ANTON).isAllowed()).isFalse();
    assertThat(access.decide(CitizenId.of("nobody-at-all"), ANTON).isAllowed()).isFalse();
    access.housekeeping();

    assertThat(stored()).isEmpty();
    assertThat(history(VASILISA_ID, MASHA)).isEmpty();
  }

  @Test
  void listsAndLookUpsAreNotViews() {
    ninaSeesGradesOfAnton();
    access.visibleDiaries(NINA_ID, PageRequest.first());
    access.whoCanSee(VASILISA_ID, ANTON, PageRequest.first());
    access.trustedPersons(VASILISA_ID, PageRequest.first());
    access.housekeeping();

    assertThat(stored()).isEmpty();
  }

  @Test
  void twoInstancesCountsForTheSameDayAddUp() {
    ninaSeesGradesOfAnton();
    DiaryAccess other = world.other();
    access.decide(NINA_ID, ANTON, DiarySection.GRADES);
    access.decide(NINA_ID, ANTON, DiarySection.GRADES);
    other.decide(NINA_ID, ANTON, DiarySection.GRADES);
    other.decide(NINA_ID, ANTON);
    access.housekeeping();
    other.housekeeping();

    assertThat(stored()).singleElement().satisfies(row -> {
      assertThat(row.viewsOf(DiarySection.GRADES)).isEqualTo(3);
      assertThat(row.diaryViews()).isEqualTo(1);
    });
  }

  @Test
  void aParentReadsEveryonesViewsHerOwnAndTheOtherParentsMarked() {
    ninaSeesGradesOfAnton();
    access.decide(VASILISA_ID, ANTON);
    access.decide(DMITRY_ID, ANTON, DiarySection.ATTENDANCE);
    access.decide(NINA_ID, ANTON, DiarySection.GRADES);
    access.decide(ANTON_CITIZEN_ID, ANTON, DiarySection.HOMEWORK);
    access.housekeeping();

    List<HistoryEntry> seenByMother = history(VASILISA_ID, ANTON);
    assertThat(seenByMother).extracting(HistoryEntry::viewer, HistoryEntry::relation, HistoryEntry::asker)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(VASILISA_ID, ViewerRelation.LEGAL_REPRESENTATIVE, true),
            org.assertj.core.groups.Tuple.tuple(DMITRY_ID, ViewerRelation.LEGAL_REPRESENTATIVE, false),
            org.assertj.core.groups.Tuple.tuple(NINA_ID, ViewerRelation.TRUSTED_PERSON, false),
            org.assertj.core.groups.Tuple.tuple(ANTON_CITIZEN_ID, ViewerRelation.PUPIL, false));
    assertThat(history(DMITRY_ID, ANTON)).filteredOn(HistoryEntry::asker).extracting(HistoryEntry::viewer)
        .containsExactly(DMITRY_ID);
  }

  @Test
  void aTrustedPersonReadsOnlyHerOwnLines() {
    ninaSeesGradesOfAnton();
    access.decide(VASILISA_ID, ANTON);
    access.decide(NINA_ID, ANTON, DiarySection.GRADES);
    access.housekeeping();

    assertThat(history(NINA_ID, ANTON)).extracting(HistoryEntry::viewer, HistoryEntry::asker)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(NINA_ID, true));
  }

  @Test
  void anyoneElseGetsTheAnswerAChildThatDoesNotExistGets() {
    ninaSeesGradesOfAnton();
    access.decide(VASILISA_ID, ANTON);
    access.decide(ANTON_CITIZEN_ID, ANTON);
    access.housekeeping();
    List<ReasonCode> unknownChild = refusal(() -> history(VASILISA_ID, PupilRecordId.of("pupil-nobody")));
    assertThat(unknownChild).containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);

    assertThat(refusal(() -> history(STRANGER_ID, ANTON))).as("a stranger").isEqualTo(unknownChild);
    assertThat(refusal(() -> history(NINA_ID, MASHA))).as("a trusted person of another child").isEqualTo(unknownChild);
    assertThat(refusal(() -> history(ANTON_CITIZEN_ID, ANTON))).as("the pupil").isEqualTo(unknownChild);
    assertThat(refusal(() -> history(CitizenId.of("nobody-at-all"), ANTON))).as("an unknown citizen")
        .isEqualTo(unknownChild);

    world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim()));
    assertThat(refusal(() -> history(VASILISA_ID, ANTON))).as("an ex-representative").isEqualTo(unknownChild);
    assertThat(history(DMITRY_ID, ANTON)).as("the parent still listed").isNotEmpty();
  }

  @Test
  void aRevokedGrantKeepsItsHistoryAndItsTrustedPersonLosesHerView() {
    Grant grant = ninaSeesGradesOfAnton();
    access.decide(NINA_ID, ANTON, DiarySection.GRADES);
    access.revoke(VASILISA_ID, grant.id());
    access.housekeeping();

    assertThat(history(VASILISA_ID, ANTON)).singleElement().satisfies(line -> {
      assertThat(line.relation()).isEqualTo(ViewerRelation.TRUSTED_PERSON);
      assertThat(line.grant()).isEqualTo(grant.id());
    });
    assertThat(refusal(() -> history(NINA_ID, ANTON))).containsExactly(ReasonCode.NOT_A_REPRESENTATIVE);
  }

  @Test
  void aViewReachesTheHistoryWhenHousekeepingOrCloseWritesIt() {
    access.decide(VASILISA_ID, ANTON);
    assertThat(stored()).as("a decision never writes").isEmpty();

    access.close();

    assertThat(stored()).hasSize(1);
  }

  @Test
  void theDaysAreTheSettingsZones() {
    // 23:30 in Moscow on 1 September is 20:30 UTC; 00:30 on 2 September is 21:30 UTC.
    world.clock.set(java.time.Instant.parse("2026-09-01T20:30:00Z"));
    access.decide(VASILISA_ID, ANTON);
    world.after(Duration.ofHours(1));
    access.decide(VASILISA_ID, ANTON);
    access.housekeeping();

    assertThat(history(VASILISA_ID, ANTON)).extracting(HistoryEntry::day)
        .containsExactly(FIRST_DAY.plusDays(1), FIRST_DAY);
  }

  @Test
  void aPeriodThatEndsBeforeItBeginsIsInvalid() {
    assertThat(invalid(() -> access.accessHistory(VASILISA_ID, ANTON, FIRST_DAY, FIRST_DAY.minusDays(1),
        PageRequest.first()))).containsExactly(ReasonCode.INVALID_DATE);
  }

  @Test
  void pagesOfTheHistoryCoverEveryLineOnce() {
    for (int day = 0; day < 9; day++) {
      access.decide(VASILISA_ID, ANTON);
      access.decide(DMITRY_ID, ANTON);
      world.after(Duration.ofDays(1));
    }
    access.housekeeping();
    int lines = 0;
    Page<HistoryEntry> page = access.accessHistory(VASILISA_ID, ANTON, FIRST_DAY, FIRST_DAY.plusDays(30),
        PageRequest.first(4));
    while (true) {
      lines += page.items().size();
      if (page.next().isEmpty()) {
        break;
      }
      page = access.accessHistory(VASILISA_ID, ANTON, FIRST_DAY, FIRST_DAY.plusDays(30),
          PageRequest.after(page.next().get(), 4));
    }
    assertThat(lines).isEqualTo(18);
  }

  @Test
  void aNameIsTheNameThePortalHoldsNow() {
    access.decide(DMITRY_ID, ANTON);
    Citizen dmitry = Guide.dmitry();
    world.registered(new Citizen(dmitry.id(), PersonName.of("Кубарев", "Дмитрий", "Олегович"), dmitry.birthDate(),
        dmitry.gender(), dmitry.contacts()));
    access.housekeeping();

    assertThat(history(VASILISA_ID, ANTON)).extracting(HistoryEntry::name)
        .containsExactly(PersonName.of("Кубарев", "Дмитрий", "Олегович"));
  }

  /** The history kept 30 days. */
  @Nested
  class Retention extends RuleTest {
    @Override
    protected AccessSettings settings() {
      return AccessSettings.defaults().withAccessHistoryRetention(Duration.ofDays(30));
    }

    @Test
    void housekeepingForgetsTheDaysPastTheRetention() {
      theFamily();
      access.decide(VASILISA_ID, ANTON);
      world.after(Duration.ofDays(10));
      access.decide(VASILISA_ID, ANTON);
      access.housekeeping();
      world.after(Duration.ofDays(20));

      HousekeepingReport report = access.housekeeping();

      assertThat(report.historyDaysPurged()).isEqualTo(1);
      assertThat(access.accessHistory(VASILISA_ID, ANTON, FIRST_DAY, FIRST_DAY.plusDays(60), PageRequest.first())
          .items()).extracting(HistoryEntry::day).containsExactly(FIRST_DAY.plusDays(10));
    }
  }

  /** The history turned off: a retention of zero. */
  @Nested
  class Off extends RuleTest {
    @Override
    protected AccessSettings settings() {
      return AccessSettings.defaults().withAccessHistoryRetention(Duration.ZERO);
    }

    @Test
    void nothingIsCountedOrKept() {
      theFamily();
      assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
      HousekeepingReport report = access.housekeeping();

      assertThat(report.historyDaysWritten()).isZero();
      assertThat(access.accessHistory(VASILISA_ID, ANTON, FIRST_DAY, FIRST_DAY, PageRequest.first()).items()).isEmpty();
    }
  }
}
