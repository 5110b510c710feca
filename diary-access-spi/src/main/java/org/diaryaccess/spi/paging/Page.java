package org.diaryaccess.spi.paging;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, and the cursor to the next page (R13). A list is never truncated
 * silently: if {@link #next()} is present there is more.
 *
 * @param items the items, in the list's stable order
 * @param nextCursor the cursor for the following page, or {@code null} on the last page
 * @param <T> the item type
 * @since 0.1.0
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {
  /**
   * Copies the items.
   *
   * @param items the items, in the list's stable order
   * @param nextCursor the cursor for the following page, or {@code null} on the last page
   */
  public Page {
    items = ImmutableList.copyOf(items);
  }

  /**
   * The cursor to pass as {@link PageRequest#after()} for the next page, if there is one.
   *
   * @return the cursor to pass as {@code PageRequest#after()} for the next page, if there is one
   */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * A page with no successor.
   *
   * @param items the items
   * @param <T> the item type
   * @return the last page
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  /**
   * The same page with each item changed; the cursor stays.
   *
   * @param change what to make of each item
   * @param <R> the new item type
   * @return the page of changed items
   */
  public <R> Page<R> map(Function<? super T, ? extends R> change) {
    return new Page<>(items.stream().<R>map(change).toList(), nextCursor);
  }
}
