package org.diaryaccess.core.testing;

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
import org.jspecify.annotations.Nullable;

/**
 * The library wired as a host would, on a test backend, with a clock the test moves, sequential
 * ids, and recording stand-ins for the notification centre and the diary system.
 */
public final class World implements AutoCloseable {
  public final Backend backend;
  public final MutableClock clock = new MutableClock(Guide.SCHOOL_YEAR_STARTS);
  public final RecordingNotificationCentre centre = new RecordingNotificationCentre();
  public final RecordingDiaryProvisioning diarySystem = new RecordingDiaryProvisioning();
  public final DiaryAccess access;
  private final SequentialIds ids = new SequentialIds();
  private final AccessSettings settings;
  private final MatchPolicy match;
  private @Nullable DiaryAccess other;

  /** A world on the in-memory adapter with the default policy. */
  public World() {
    this(new InMemoryBackend(), AccessSettings.defaults());
  }

  /** A world on the in-memory adapter with the given settings. */
  public World(AccessSettings policy) {
    this(new InMemoryBackend(), policy);
  }

  /** A world on the given backend with the given settings. */
  public World(Backend backend, AccessSettings policy) {
    this(backend, policy, MatchPolicy.standard());
  }

  /** A world on the given backend with the given settings and match rule. */
  public World(Backend backend, AccessSettings policy, MatchPolicy match) {
    this.backend = backend;
    this.settings = policy;
    this.match = match;
    this.access = instanceOn(backend.store());
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
   * A second host instance over the same data ({@link Backend#anotherInstance()}), with the same
   * clock, neighbours and settings; ids come from one sequence, as unique ids would.
   *
   * @return the second instance, made on first use
   */
  public synchronized DiaryAccess other() {
    if (other == null) {
      other = instanceOn(backend.anotherInstance());
    }
    return other;
  }

  public DiaryStore store() {
    return backend.store();
  }

  /** Registers the citizens. */
  public World registered(Citizen... citizens) {
    for (Citizen citizen : citizens) {
      backend.saveCitizen(citizen);
    }
    return this;
  }

  /** Upserts the school's records. */
  public World schoolHolds(PupilRecord... records) {
    backend.store().schoolRegister().upsert(List.of(records));
    return this;
  }

  /** Moves the clock on by {@code step}. */
  public World after(Duration step) {
    clock.advance(step);
    return this;
  }

  /** Every audit entry, in order. */
  public List<AuditEntry> audit() {
    Page<AuditEntry> page = backend.store().unitOfWork().read(() -> backend.store().auditLog().read(PageRequest.first(1000)));
    return page.items();
  }

  @Override
  public void close() {
    backend.close();
  }
}
