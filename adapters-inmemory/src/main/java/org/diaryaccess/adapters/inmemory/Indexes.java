package org.diaryaccess.adapters.inmemory;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The contact and party indexes of the in-memory ports: a key to its values' ids, in id order. */
final class Indexes {
  private Indexes() {}

  static <K, V> void index(Map<K, Set<V>> index, K key, V value) {
    index.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
  }

  static <K, V> void unindex(Map<K, Set<V>> index, K key, V value) {
    Set<V> values = index.get(key);
    if (values != null) {
      values.remove(value);
      if (values.isEmpty()) {
        index.remove(key);
      }
    }
  }
}
