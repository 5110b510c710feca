package org.diaryaccess.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Lists;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.error.StorageException;
import org.diaryaccess.spi.history.ViewBatch;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R15, the access history: every allowed decision counted off the decision's path, written in
 * batches, kept for the retention setting, and read only by those it concerns — the child's
 * current legal representatives (everyone's views) and a trusted person with a live grant (her
 * own). Anyone else gets the answer a child that does not exist gets.
 *
 * @since 0.2.0
 */
public final class AccessHistory {
  /** Rows per batch: one statement each on JDBC, of a size a database digests at once. */
  public static final int BATCH_ROWS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(AccessHistory.class);

  private final UnitOfWork unitOfWork;
  private final DiaryViews views;
  private final Citizens citizens;
  private final SchoolRegister register;
  private final Grants grants;
  private final Representation representation;
  private final Clock clock;
  private final AccessSettings settings;
  private final ViewCounter counter;
  private final boolean counting;
  /** Batches taken from the counter and not yet written: retried, with the same id, by the next flush. */
  private final Deque<ViewBatch> unwritten = new ArrayDeque<>();

  /**
   * Creates it with what it uses.
   *
   * @param unitOfWork each read and write is one
   * @param views the store's history
   * @param citizens the viewers' names
   * @param register the child's record
   * @param grants a trusted person's live grant
   * @param representation R4 with R12: who represents the child now
   * @param clock when a batch is taken and what is old
   * @param settings the zone and the retention
   */
  public AccessHistory(UnitOfWork unitOfWork, DiaryViews views, Citizens citizens, SchoolRegister register,
      Grants grants, Representation representation, Clock clock, AccessSettings settings) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.views = checkNotNull(views, "views");
    this.citizens = checkNotNull(citizens, "citizens");
    this.register = checkNotNull(register, "register");
    this.grants = checkNotNull(grants, "grants");
    this.representation = checkNotNull(representation, "representation");
    this.clock = checkNotNull(clock, "clock");
    this.settings = checkNotNull(settings, "settings");
    this.counter = new ViewCounter(settings.zone());
    this.counting = settings.keepsAccessHistory();
  }

  /**
   * Counts a decision if it let the citizen in; never writes and never waits.
   *
   * @param citizen who asked
   * @param pupil whose diary
   * @param section the section asked about, or {@code null}
   * @param decision the answer
   * @param at when it was made
   */
  public void record(CitizenId citizen, PupilRecordId pupil, @Nullable DiarySection section, AccessDecision decision,
      Instant at) {
    if (counting && decision instanceof AccessDecision.Allowed allowed) {
      counter.count(citizen, pupil, allowed.basis(), section, at);
    }
  }

  /**
   * Writes what was counted since the last flush, in batches of at most {@value #BATCH_ROWS}
   * rows. A batch the store fails to take is kept and written, with the same id, by the next
   * flush; a batch that reached the store before its answer was lost is not added twice.
   *
   * @return rows written to the store
   */
  public synchronized int flush() {
    Instant now = clock.instant();
    List<ViewDay> rows = counter.drain(settings.dayOf(now));
    for (List<ViewDay> chunk : Lists.partition(rows, BATCH_ROWS)) {
      unwritten.addLast(new ViewBatch(UUID.randomUUID().toString(), now, chunk));
    }
    int written = 0;
    for (ViewBatch batch = unwritten.peekFirst(); batch != null; batch = unwritten.peekFirst()) {
      ViewBatch next = batch;
      try {
        if (unitOfWork.write(() -> views.write(next))) {
          written += next.days().size();
        }
      } catch (StorageException e) {
        LOG.warn("The access history could not be written ({} batch(es) kept in memory for the next run): {}",
            unwritten.size(), e.getClass().getSimpleName());
        break;
      }
      unwritten.removeFirst();
    }
    return written;
  }

  /**
   * Forgets the days past the retention setting (all of them if it is zero), and the batch ids
   * written before it.
   *
   * @return rows deleted
   */
  public int purge() {
    Instant now = clock.instant();
    LocalDate firstKept = settings.dayOf(now).minusDays(settings.accessHistoryRetention().toDays() - 1);
    Instant batchesBefore = now.minus(settings.accessHistoryRetention());
    return unitOfWork.write(() -> views.purge(firstKept, batchesBefore));
  }

  /**
   * The child's history between two days, newest first: for a current legal representative
   * everyone's views, the asker's own and the other parent's among them, each marked; for a
   * trusted person with a live grant, her own.
   *
   * @param asker who asks
   * @param pupil the child
   * @param from the first day, inclusive
   * @param to the last day, inclusive, not before {@code from}
   * @param page which page
   * @return the page
   * @throws InvalidInputException {@code INVALID_DATE} if {@code to} is before {@code from}
   * @throws RefusedException {@code NOT_A_REPRESENTATIVE} for anyone else, exactly as for a
   *     child that does not exist
   */
  public Page<HistoryEntry> of(CitizenId asker, PupilRecordId pupil, LocalDate from, LocalDate to, PageRequest page) {
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", ReasonCode.INVALID_DATE);
    }
    return unitOfWork.read(() -> {
      CitizenId only = readerScope(asker, pupil);
      Page<ViewDay> days = views.ofPupil(pupil, from, to, only, page);
      Map<CitizenId, Citizen> named = citizens.findAllById(days.items().stream().map(ViewDay::viewer).distinct()
          .toList()).stream().collect(Collectors.toMap(Citizen::id, Function.identity()));
      return days.map(day -> {
        Citizen viewer = named.get(day.viewer());
        return new HistoryEntry(day, viewer == null ? null : viewer.name(), day.viewer().equals(asker));
      });
    });
  }

  /** {@code null} for a current representative (everyone's rows), the asker for a trusted person (her own); refuses anyone else. */
  private @Nullable CitizenId readerScope(CitizenId asker, PupilRecordId pupil) {
    Citizen citizen = citizens.findById(asker).orElse(null);
    PupilRecord record = register.findById(pupil).orElse(null);
    if (citizen == null || record == null) {
      throw RefusedException.because(ReasonCode.NOT_A_REPRESENTATIVE);
    }
    if (representation.isRepresentative(citizen, record, settings.dayOf(clock.instant()))) {
      return null;
    }
    if (!grants.liveFor(asker, pupil).isEmpty()) {
      return asker;
    }
    throw RefusedException.because(ReasonCode.NOT_A_REPRESENTATIVE);
  }
}
