package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.UnitOfWork;

/**
 * All storage ports in memory, one file per port over one shared unit of work
 * ({@code InMemoryUnitOfWork}) and its read-write lock: writers are serial, readers share. A unit of work that throws is undone: every write records its inverse, and the
 * inverses run in reverse order. Contact look-ups use hash indexes kept up to date by every
 * write; a bulk upsert of the school register takes the lock once.
 *
 * <p>A decision ({@link AccessFacts#load}) takes no lock: it reads concurrent maps of immutable
 * values and keeps what it read only if no unit of work wrote meanwhile (a sequence lock); if
 * one did, it reads again under the lock. Live grants and pending invitations have indexes of
 * their own, so neither a decision nor the invitation rule reads a person's history.
 *
 * <pre>{@code
 * InMemoryStore store = new InMemoryStore();
 * store.citizens().save(vasilisa);
 * store.schoolRegister().upsert(List.of(anton));
 * DiaryAccess access = DiaryAccess.builder().store(store)...build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InMemoryStore implements DiaryStore {
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryCitizens citizensPort = new InMemoryCitizens(unitOfWork);
  private final InMemorySchoolRegister registerPort = new InMemorySchoolRegister(unitOfWork);
  private final InMemoryInvitations invitationsPort = new InMemoryInvitations(unitOfWork);
  private final InMemoryGrants grantsPort = new InMemoryGrants(unitOfWork);
  private final InMemoryOutbox outboxPort = new InMemoryOutbox(unitOfWork);
  private final InMemoryAuditLog auditPort = new InMemoryAuditLog(unitOfWork);
  private final InMemoryDiaryViews viewsPort = new InMemoryDiaryViews();
  private final AccessFacts accessFacts = new InMemoryAccessFacts(unitOfWork, citizensPort, registerPort, grantsPort);

  /** An empty store. */
  public InMemoryStore() {}

  @Override
  public InMemoryCitizens citizens() {
    return citizensPort;
  }

  @Override
  public InMemorySchoolRegister schoolRegister() {
    return registerPort;
  }

  @Override
  public Invitations invitations() {
    return invitationsPort;
  }

  @Override
  public Grants grants() {
    return grantsPort;
  }

  @Override
  public Outbox outbox() {
    return outboxPort;
  }

  @Override
  public AuditLog auditLog() {
    return auditPort;
  }

  @Override
  public DiaryViews diaryViews() {
    return viewsPort;
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /** Reads each decision's facts under the lock once, straight from the maps. */
  @Override
  public AccessFacts accessFacts() {
    return accessFacts;
  }
}
