package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.history.ViewBatch;
import org.diaryaccess.spi.history.ViewCursor;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.history.ViewerRelation;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.tck.StoreProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.diaryaccess.spi.DiaryViews}: batches add up into one row per viewer,
 * pupil and day; a batch written twice counts once; reads keep the history's order and range;
 * purging forgets only what is old.
 */
public abstract class DiaryViewsContract extends StoreContract {
  private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
  private static final PupilRecordId ANTON = PupilRecordId.of("anton");

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected DiaryViewsContract(StoreProvider stores) {
    super(stores);
  }

  private static ViewDay day(String viewer, LocalDate day, ViewerRelation relation, @Nullable String grant,
      Instant first, Instant last, long diary, Map<DiarySection, Long> sections) {
    return new ViewDay(CitizenId.of(viewer), ANTON, day, relation, grant == null ? null : GrantId.of(grant), first,
        last, diary, sections);
  }

  private static ViewDay grandmother(LocalDate day, Instant first, Instant last, long grades) {
    return day("granny", day, ViewerRelation.TRUSTED_PERSON, "g-1", first, last, 0, Map.of(DiarySection.GRADES, grades));
  }

  private boolean write(String id, ViewDay... rows) {
    return inWrite(() -> store.diaryViews().write(new ViewBatch(id, T0, List.of(rows))));
  }

  private List<ViewDay> all(LocalDate from, LocalDate to, @Nullable String viewer) {
    return inRead(() -> store.diaryViews().ofPupil(ANTON, from, to, viewer == null ? null : CitizenId.of(viewer),
        PageRequest.first(PageRequest.MAX_LIMIT))).items();
  }

  /** Every row of a range, read page by page through the cursors handed out. */
  private List<ViewDay> pageByPage(LocalDate from, LocalDate to, int limit) {
    List<ViewDay> read = new ArrayList<>();
    PageRequest request = PageRequest.first(limit);
    while (true) {
      PageRequest asked = request;
      Page<ViewDay> page = inRead(() -> store.diaryViews().ofPupil(ANTON, from, to, null, asked));
      read.addAll(page.items());
      if (page.next().isEmpty()) {
        return read;
      }
      request = PageRequest.after(page.next().get(), limit);
    }
  }

  @Test
  void aRowReadsBackAsWritten() {
    ViewDay row = day("mother", DAY, ViewerRelation.LEGAL_REPRESENTATIVE, null, T0, T0.plusSeconds(90), 2,
        Map.of(DiarySection.GRADES, 3L, DiarySection.TEACHER_COMMENTS, 1L));
    assertThat(write("b-1", row)).isTrue();
    assertThat(all(DAY, DAY, null)).containsExactly(row);
  }

  @Test
  void batchesOfOneDayAddUpIntoOneRow() {
    Instant later = T0.plus(Duration.ofHours(3));
    write("b-1", grandmother(DAY, T0.plusSeconds(60), T0.plusSeconds(120), 2));
    write("b-2", grandmother(DAY, T0, T0.plusSeconds(30), 1));
    write("b-3", day("granny", DAY, ViewerRelation.TRUSTED_PERSON, "g-2", later, later, 0,
        Map.of(DiarySection.HOMEWORK, 4L)));

    List<ViewDay> rows = all(DAY, DAY, null);
    assertThat(rows).hasSize(1);
    ViewDay sum = rows.get(0);
    assertThat(sum.firstAt()).isEqualTo(T0);
    assertThat(sum.lastAt()).isEqualTo(later);
    assertThat(sum.viewsOf(DiarySection.GRADES)).isEqualTo(3);
    assertThat(sum.viewsOf(DiarySection.HOMEWORK)).isEqualTo(4);
    assertThat(sum.views()).isEqualTo(7);
    assertThat(sum.grant()).as("the grant of the latest view").isEqualTo(GrantId.of("g-2"));
  }

  @Test
  void anEarlierBatchDoesNotTakeTheLaterRelation() {
    write("b-1", day("father", DAY, ViewerRelation.LEGAL_REPRESENTATIVE, null, T0.plusSeconds(100),
        T0.plusSeconds(100), 1, Map.of()));
    write("b-2", day("father", DAY, ViewerRelation.TRUSTED_PERSON, "g-9", T0, T0.plusSeconds(10), 1, Map.of()));
    ViewDay row = all(DAY, DAY, null).get(0);
    assertThat(row.relation()).isEqualTo(ViewerRelation.LEGAL_REPRESENTATIVE);
    assertThat(row.grant()).isNull();
    assertThat(row.diaryViews()).isEqualTo(2);
  }

  @Test
  void aBatchWrittenTwiceCountsOnce() {
    ViewDay row = grandmother(DAY, T0, T0, 2);
    assertThat(write("b-1", row)).isTrue();
    assertThat(write("b-1", row)).isFalse();
    assertThat(all(DAY, DAY, null)).containsExactly(row);
  }

  @Test
  void readsKeepTheRangeTheViewerAndThePupil() {
    write("b-1",
        grandmother(DAY, T0, T0, 1),
        grandmother(DAY.plusDays(1), T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)), 1),
        grandmother(DAY.plusDays(2), T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(2)), 1),
        day("mother", DAY.plusDays(1), ViewerRelation.LEGAL_REPRESENTATIVE, null, T0.plus(Duration.ofDays(1)),
            T0.plus(Duration.ofDays(1)), 1, Map.of()),
        new ViewDay(CitizenId.of("granny"), PupilRecordId.of("maria"), DAY.plusDays(1), ViewerRelation.TRUSTED_PERSON,
            GrantId.of("g-5"), T0, T0, 1, Map.of()));

    assertThat(all(DAY.plusDays(1), DAY.plusDays(2), null)).extracting(ViewDay::day, r -> r.viewer().value())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DAY.plusDays(2), "granny"),
            org.assertj.core.groups.Tuple.tuple(DAY.plusDays(1), "granny"),
            org.assertj.core.groups.Tuple.tuple(DAY.plusDays(1), "mother"));
    assertThat(all(DAY, DAY.plusDays(9), "mother")).extracting(ViewDay::day).containsExactly(DAY.plusDays(1));
    assertThat(all(DAY.plusDays(3), DAY.plusDays(9), null)).isEmpty();
  }

  @Test
  void pagesCoverEveryRowOnceInOrder() {
    List<ViewDay> rows = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      for (String viewer : List.of("a", "b", "c")) {
        Instant at = T0.plus(Duration.ofDays(d));
        rows.add(day(viewer, DAY.plusDays(d), ViewerRelation.LEGAL_REPRESENTATIVE, null, at, at, 1, Map.of()));
      }
    }
    write("b-1", rows.toArray(ViewDay[]::new));

    List<ViewDay> read = pageByPage(DAY, DAY.plusDays(30), 4);
    assertThat(read).isEqualTo(rows.stream().sorted(ViewCursor.ORDER).toList());
  }

  @Test
  void aCursorThatIsNotOneIsRefused() {
    assertThatThrownBy(() -> inRead(() -> store.diaryViews().ofPupil(ANTON, DAY, DAY, null,
        PageRequest.after("no-bar", 10)))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aLargeBatchIsWrittenWhole() {
    List<ViewDay> rows = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      rows.add(day("viewer-" + i, DAY, ViewerRelation.TRUSTED_PERSON, "g-" + i, T0, T0.plusMillis(i), 0,
          Map.of(DiarySection.SCHEDULE, (long) i + 1)));
    }
    write("big", rows.toArray(ViewDay[]::new));
    List<ViewDay> read = pageByPage(DAY, DAY, PageRequest.MAX_LIMIT);
    assertThat(read).containsExactlyInAnyOrderElementsOf(rows);
  }

  @Test
  void purgingForgetsOldDaysAndOldBatchIds() {
    ViewDay old = grandmother(DAY, T0, T0, 1);
    ViewDay kept = grandmother(DAY.plusDays(1), T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)), 1);
    write("b-1", old, kept);

    int deleted = inWrite(() -> store.diaryViews().purge(DAY.plusDays(1), T0.plusSeconds(1)));

    assertThat(deleted).isEqualTo(1);
    assertThat(all(DAY.minusDays(9), DAY.plusDays(9), null)).containsExactly(kept);
    assertThat(write("b-1", old)).as("the batch's id was forgotten with it").isTrue();
  }

  @Test
  void purgingKeepsBatchIdsNotYetOld() {
    write("b-1", grandmother(DAY, T0, T0, 1));
    inWrite(() -> store.diaryViews().purge(DAY.plusDays(1), T0));
    assertThat(write("b-1", grandmother(DAY, T0, T0, 1))).isFalse();
  }
}
