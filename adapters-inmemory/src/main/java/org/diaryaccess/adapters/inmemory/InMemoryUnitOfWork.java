package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkState;

import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.diaryaccess.spi.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * The state every port of one {@link InMemoryStore} shares: one {@link ReentrantReadWriteLock}
 * (writers serial, readers share), the undo journal of the unit of work a thread runs, and the
 * write sequence that lets a decision read without the lock. A unit of work that throws is undone:
 * every write records its inverse ({@link #mutate}), and the inverses run in reverse order.
 */
final class InMemoryUnitOfWork implements UnitOfWork {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  /** The undo journal of the unit of work this thread runs in this store; one per store, as stores are few. */
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable Deque<Runnable>> undo = new ThreadLocal<>();

  /**
   * Odd while a unit of work writes, moved on as it begins and as it ends: a read without the
   * lock is kept only if this did not move meanwhile. Written only under the write lock.
   */
  private volatile long writes;

  @Override
  public <T> T write(Supplier<T> work) {
    lock.writeLock().lock();
    Deque<Runnable> outer = undo.get();
    if (outer == null) {
      writes = writes + 1;
      // The odd count is seen before any change of this unit of work (StampedLock's writer fences
      // likewise): a reader that sees a change also sees that a write began.
      VarHandle.storeStoreFence();
    }
    Deque<Runnable> journal = new ArrayDeque<>();
    undo.set(journal);
    try {
      T result = work.get();
      if (outer != null) {
        // Nested unit of work: its undo belongs to the enclosing one.
        journal.descendingIterator().forEachRemaining(outer::push);
      }
      return result;
    } catch (RuntimeException | Error e) {
      while (!journal.isEmpty()) {
        journal.pop().run();
      }
      throw e;
    } finally {
      undo.set(outer);
      if (outer == null) {
        writes = writes + 1;
      }
      lock.writeLock().unlock();
    }
  }

  @Override
  public <T> T read(Supplier<T> work) {
    if (lock.isWriteLockedByCurrentThread()) {
      return work.get();
    }
    lock.readLock().lock();
    try {
      return work.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a mutation with its inverse recorded, inside the current unit of work or a new one. */
  void mutate(Runnable change, Runnable inverse) {
    write(() -> {
      change.run();
      Deque<Runnable> journal = undo.get();
      checkState(journal != null, "no journal inside a write");
      journal.push(inverse);
      return null;
    });
  }

  /** Whether this thread runs a writing unit of work of this store. */
  boolean isWriting() {
    return lock.isWriteLockedByCurrentThread();
  }

  /** The write sequence: odd while a unit of work writes; a lock-free read is kept only if it did not move. */
  long writes() {
    return writes;
  }
}
