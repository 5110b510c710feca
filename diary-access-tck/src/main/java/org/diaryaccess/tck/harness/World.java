package org.diaryaccess.tck.harness;

import java.time.Duration;
import java.util.List;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.matching.MatchPolicy;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.tck.StoreUnderTest;
import org.jspecify.annotations.Nullable;

/**
 * The library wired as a host would, on a store under test, with a clock the test moves, sequential
 * ids, and recording stand-ins for the notification centre and the diary system.
 */
public final class World implements AutoCloseable {
  /** The store the library runs on. */
  public final StoreUnderTest underTest;
  /** The library's clock, which moves only when the test moves it. */
  public final MutableClock clock = new MutableClock(Guide.SCHOOL_YEAR_STARTS);
  /** The notification centre, recording what it was sent. */
  public final RecordingNotificationCentre centre = new RecordingNotificationCentre();
  /** The diary system, recording what it was asked to open. */
  public final RecordingDiaryProvisioning diarySystem = new RecordingDiaryProvisioning();
  /** The library. */
  public final DiaryAccess access;
  private final SequentialIds ids = new SequentialIds();
  private final AccessSettings settings;
  private final MatchPolicy match;
  private @Nullable DiaryAccess other;

  /**
   * The library on a store with the given settings and the standard match rule.
   *
   * @param underTest the store under test
   * @param policy the settings
   */
  public World(StoreUnderTest underTest, AccessSettings policy) {
    this(underTest, policy, MatchPolicy.standard());
  }

  /**
   * The library on a store with the given settings and match rule.
   *
   * @param underTest the store under test
   * @param policy the settings
   * @param match the match rule
   */
  public World(StoreUnderTest underTest, AccessSettings policy, MatchPolicy match) {
    this.underTest = underTest;
    this.settings = policy;
    this.match = match;
    this.access = instanceOn(underTest.store());
  }

  private DiaryAccess instanceOn(DiaryStore store) {
    return DiaryAccess.builder()
        .store(store)
        .notificationCentre(centre)
        .diaryProvisioning(diarySystem)
        .clock(clock)
        .ids(ids)
        .settings(settings)
        .matchPolicy(match)
        .build();
  }

  /**
   * A second host instance over the same data ({@link StoreUnderTest#anotherInstance()}), with the same
   * clock, neighbours and settings; ids come from one sequence, as unique ids would.
   *
   * @return the second instance, made on first use
   */
  public synchronized DiaryAccess other() {
    if (other == null) {
      other = instanceOn(underTest.anotherInstance());
    }
    return other;
  }

  /**
   * The store.
   *
   * @return the store the library runs on
   */
  public DiaryStore store() {
    return underTest.store();
  }

  /**
   * Registers the citizens.
   *
   * @param citizens their profiles
   * @return this world
   */
  public World registered(Citizen... citizens) {
    underTest.store().unitOfWork().write(() -> {
      for (Citizen citizen : citizens) {
        underTest.saveCitizen(citizen);
      }
      return null;
    });
    return this;
  }

  /**
   * Upserts the school's records.
   *
   * @param records the records
   * @return this world
   */
  public World schoolHolds(PupilRecord... records) {
    underTest.store().unitOfWork().write(() -> {
      underTest.store().schoolRegister().upsert(List.of(records));
      return null;
    });
    return this;
  }

  /**
   * Moves the clock on.
   *
   * @param step how far
   * @return this world
   */
  public World after(Duration step) {
    clock.advance(step);
    return this;
  }

  /**
   * The audit log's first thousand entries, in order.
   *
   * @return the entries
   */
  public List<AuditEntry> audit() {
    Page<AuditEntry> page = underTest.store().unitOfWork().read(() -> underTest.store().auditLog().read(PageRequest.first(1000)));
    return page.items();
  }

  @Override
  public void close() {
    underTest.close();
  }
}
