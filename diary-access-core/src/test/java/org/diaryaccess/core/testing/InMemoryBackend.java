package org.diaryaccess.core.testing;

import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.people.Citizen;

/** The in-memory adapter as a test backend. */
public final class InMemoryBackend implements Backend {
  private final InMemoryStore store = new InMemoryStore();

  @Override
  public DiaryStore store() {
    return store;
  }

  @Override
  public void saveCitizen(Citizen citizen) {
    store.citizens().save(citizen);
  }
}
