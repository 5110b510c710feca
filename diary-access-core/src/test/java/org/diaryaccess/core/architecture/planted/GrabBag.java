package org.diaryaccess.core.architecture.planted;

import org.diaryaccess.core.support.Commands;
import org.diaryaccess.spi.DiaryStore;

/** Takes a whole store and hands out the plumbing: what two rules forbid. */
public final class GrabBag {
  private final DiaryStore store;
  private final Commands commands;

  /**
   * @param store every port at once
   * @param commands the plumbing
   */
  public GrabBag(DiaryStore store, Commands commands) {
    this.store = store;
    this.commands = commands;
  }

  /** The store. */
  public DiaryStore store() {
    return store;
  }

  /** The plumbing, in a public signature. */
  public Commands commands() {
    return commands;
  }
}
