package org.diaryaccess.core.support;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/**
 * Pages over a list the library computed, keyed by a stable, sorted key.
 *
 * @since 0.1.0
 */
public final class Paging {
  private Paging() {}

  /**
   * The page after the request's cursor: items whose key is greater, at most {@code limit}.
   *
   * @param items every item by its key, sorted
   * @param request the page wanted; its cursor is the last key of the previous page
   * @param <T> the item type
   * @return the page, with a cursor if more follow
   */
  public static <T> Page<T> page(NavigableMap<String, T> items, PageRequest request) {
    String after = request.after();
    NavigableMap<String, T> rest = after == null ? items : items.tailMap(after, false);
    List<T> taken = new ArrayList<>(Math.min(rest.size(), request.limit()));
    String last = null;
    for (var entry : rest.entrySet()) {
      if (taken.size() == request.limit()) {
        return new Page<>(taken, last);
      }
      taken.add(entry.getValue());
      last = entry.getKey();
    }
    return Page.last(taken);
  }
}
