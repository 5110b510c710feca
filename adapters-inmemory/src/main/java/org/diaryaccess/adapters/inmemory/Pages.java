package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.paging.Page;
import org.jspecify.annotations.Nullable;

/** Keyset pages over the in-memory ports' sorted maps, the cursor being the last key returned. */
final class Pages {
  private Pages() {}

  static <K extends Comparable<K>, V> Page<V> page(
      NavigableMap<K, V> source, Collection<K> keys, @Nullable String after, Function<String, K> parse,
      int limit, Predicate<V> filter) {
    TreeSet<K> sorted = new TreeSet<>(keys);
    Iterable<K> from = after == null ? sorted : sorted.tailSet(cursor(after, parse), false);
    List<V> items = new ArrayList<>();
    K last = null;
    for (K key : from) {
      V value = source.get(key);
      if (value == null || !filter.test(value)) {
        continue;
      }
      if (items.size() == limit) {
        return new Page<>(items, String.valueOf(last));
      }
      items.add(value);
      last = key;
    }
    return Page.last(items);
  }

  static <T> T cursor(@Nullable String after, Function<String, T> parse) {
    try {
      return parse.apply(checkNotNull(after));
    } catch (InvalidInputException | NumberFormatException e) {
      throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
    }
  }
}
