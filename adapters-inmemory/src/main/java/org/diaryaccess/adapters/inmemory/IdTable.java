package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Values by id, for the look-ups of a decision: an open-addressing table whose entries hold an id
 * of up to {@value #PACKED_CHARS} characters below U+0100 packed into three longs, so that a
 * look-up compares numbers in the one object it reaches instead of following a key object to its
 * string and the string to its bytes (a longer id is compared as text). Exact: two ids are the
 * same key only if their text is equal.
 *
 * <p>One writer at a time: {@link #put} and {@link #remove} run under the unit of work's write
 * lock. {@link #get} takes no lock; while a write is in progress it may miss an entry or find the
 * one the write replaces, never fails and never loops, and a reader that needs a state no write
 * touched validates afterwards ({@link InMemoryAccessFacts}). Entries are immutable and the table
 * is published through a volatile field, so a reader that finds an entry sees it whole.
 */
final class IdTable<V> {
  static final int PACKED_CHARS = 24;
  private static final int MIN_CAPACITY = 16;
  /** What a removal leaves, so that probes go on past it: it holds no id and matches none. */
  private static final Entry<?> REMOVED = new Entry<>(new Key(0, false, 0, 0, 0), "", null);

  private volatile @Nullable Entry<V>[] slots;
  // Written by the one writer only.
  private int size;
  private int used;

  IdTable() {
    this.slots = newSlots(MIN_CAPACITY);
  }

  /** An id and its value; {@link #REMOVED} (no id, no value) marks a removed one. */
  private static final class Entry<V> {
    final int hash;
    final boolean packed;
    final int length;
    final long k0;
    final long k1;
    final long k2;
    final String id;
    final @Nullable V value;

    Entry(Key key, String id, @Nullable V value) {
      this.hash = key.hash;
      this.packed = key.packed;
      this.length = id.length();
      this.k0 = key.k0;
      this.k1 = key.k1;
      this.k2 = key.k2;
      this.id = id;
      this.value = value;
    }

    /** Whether this is the entry of an id, given the id's hash and packed form. */
    boolean is(int hash, boolean packed, long k0, long k1, long k2, String id) {
      if (this.hash != hash || this.packed != packed) {
        return false;
      }
      return packed ? this.k0 == k0 && this.k1 == k1 && this.k2 == k2 && length == id.length()
          : this.id.equals(id);
    }
  }

  /** An id's packed form, made by writers (a reader packs into locals, allocating nothing). */
  private record Key(int hash, boolean packed, long k0, long k1, long k2) {
    static Key of(String id) {
      boolean packed = packs(id);
      long k0 = packed ? pack(id, 0) : 0;
      long k1 = packed ? pack(id, 8) : 0;
      long k2 = packed ? pack(id, 16) : 0;
      return new Key(hashOf(id, packed, k0, k1, k2), packed, k0, k1, k2);
    }
  }

  /**
   * The value of an id, read without a lock.
   *
   * @param id the id's text
   * @return its value, or {@code null} if none (or, during a write, possibly a stale answer)
   */
  @Nullable V get(String id) {
    boolean packed = packs(id);
    long k0 = packed ? pack(id, 0) : 0;
    long k1 = packed ? pack(id, 8) : 0;
    long k2 = packed ? pack(id, 16) : 0;
    int hash = hashOf(id, packed, k0, k1, k2);
    Entry<V>[] table = checkNotNull(slots);
    int mask = table.length - 1;
    int i = hash & mask;
    for (int probes = 0; probes < table.length; probes++, i = (i + 1) & mask) {
      Entry<V> entry = table[i];
      if (entry == null) {
        return null;
      }
      if (entry.is(hash, packed, k0, k1, k2, id)) {
        return entry.value;
      }
    }
    return null;
  }

  /**
   * Sets an id's value; the writer's own.
   *
   * @param id the id's text
   * @param value its value
   * @return the value it replaces, or {@code null}
   */
  @Nullable V put(String id, V value) {
    checkNotNull(value, "value");
    Key key = Key.of(id);
    Entry<V>[] table = checkNotNull(slots);
    int mask = table.length - 1;
    int free = -1;
    int i = key.hash & mask;
    for (int probes = 0; probes < table.length; probes++, i = (i + 1) & mask) {
      Entry<V> entry = table[i];
      if (entry == null) {
        break;
      }
      if (entry.is(key.hash, key.packed, key.k0, key.k1, key.k2, id)) {
        V previous = entry.value;
        table[i] = new Entry<>(key, id, value);
        return previous;
      }
      if (entry == REMOVED && free < 0) {
        free = i;
      }
    }
    if (free >= 0) {
      table[free] = new Entry<>(key, id, value);
      size++;
      return null;
    }
    if (2 * (used + 1) > table.length) {
      resize(table);
      return put(id, value);
    }
    table[i] = new Entry<>(key, id, value);
    size++;
    used++;
    return null;
  }

  /**
   * Removes an id's value; the writer's own.
   *
   * @param id the id's text
   * @return the value removed, or {@code null}
   */
  @Nullable V remove(String id) {
    Key key = Key.of(id);
    Entry<V>[] table = checkNotNull(slots);
    int mask = table.length - 1;
    int i = key.hash & mask;
    for (int probes = 0; probes < table.length; probes++, i = (i + 1) & mask) {
      Entry<V> entry = table[i];
      if (entry == null) {
        return null;
      }
      if (entry.is(key.hash, key.packed, key.k0, key.k1, key.k2, id)) {
        table[i] = removed();
        size--;
        return entry.value;
      }
    }
    return null;
  }

  /**
   * How many ids have a value; the writer's, or a reader's under the unit of work's read lock.
   *
   * @return how many ids have a value
   */
  int size() {
    return size;
  }

  /** How many slots the table has now: removed entries are dropped when it grows. */
  int capacity() {
    return checkNotNull(slots).length;
  }

  /** Copies the live entries into a table twice as large as they need, without the removed ones. */
  private void resize(Entry<V>[] table) {
    int capacity = MIN_CAPACITY;
    while (capacity < 4L * (size + 1)) {
      capacity *= 2;
    }
    Entry<V>[] larger = newSlots(capacity);
    int mask = capacity - 1;
    for (Entry<V> entry : table) {
      if (entry != null && entry != REMOVED) {
        int i = entry.hash & mask;
        while (larger[i] != null) {
          i = (i + 1) & mask;
        }
        larger[i] = entry;
      }
    }
    used = size;
    slots = larger;
  }

  @SuppressWarnings("unchecked")
  private static <V> Entry<V> removed() {
    return (Entry<V>) REMOVED;
  }

  @SuppressWarnings("unchecked")
  private static <V> @Nullable Entry<V>[] newSlots(int capacity) {
    return (Entry<V>[]) new Entry<?>[capacity];
  }

  /** Whether an id packs: at most {@value #PACKED_CHARS} characters, each below U+0100. */
  private static boolean packs(String id) {
    int length = id.length();
    if (length > PACKED_CHARS) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (id.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  /**
   * Eight characters of an id that packs, from an index, one byte each (none past the end). With
   * the id's length, the three longs are the id: a chunk's number of characters follows from it.
   */
  private static long pack(String id, int from) {
    long packed = 0;
    for (int i = from; i < Math.min(from + 8, id.length()); i++) {
      packed = (packed << 8) | id.charAt(i);
    }
    return packed;
  }

  /** A hash of the packed form, or of the text where it does not pack. */
  private static int hashOf(String id, boolean packed, long k0, long k1, long k2) {
    long h = packed ? (k0 * 0x9E3779B97F4A7C15L) ^ (k1 * 0xC2B2AE3D27D4EB4FL) ^ (k2 * 0x165667B19E3779F9L)
        : id.hashCode();
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 32));
  }
}
