package org.diaryaccess.spi.paging;

import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a list to return: items after a cursor, at most {@code limit} of them.
 *
 * @param after the cursor a previous page gave, or {@code null} for the first page
 * @param limit 1 to {@value #MAX_LIMIT}
 * @since 0.1.0
 */
public record PageRequest(@Nullable String after, int limit) {
  /** Largest page. */
  public static final int MAX_LIMIT = 1_000;
  /** Page size when none is given. */
  public static final int DEFAULT_LIMIT = 50;

  /**
   * Checks the limit and the cursor's length.
   *
   * @param after the cursor a previous page gave, or {@code null} for the first page
   * @param limit 1 to {@value #MAX_LIMIT}
   */
  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInputException.of("limit", ReasonCode.INVALID_PAGE);
    }
    if (after != null && (after.isEmpty() || after.length() > 512)) {
      throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
    }
  }

  /**
   * The first page of the default size.
   *
   * @return the first page of the default size
   */
  public static PageRequest first() {
    return new PageRequest(null, DEFAULT_LIMIT);
  }

  /**
   * The first page of the given size.
   *
   * @param limit 1 to {@value #MAX_LIMIT}
   * @return the request
   */
  public static PageRequest first(int limit) {
    return new PageRequest(null, limit);
  }

  /**
   * The page after a cursor.
   *
   * @param cursor from {@link Page#next()}
   * @param limit 1 to {@value #MAX_LIMIT}
   * @return the request
   */
  public static PageRequest after(String cursor, int limit) {
    return new PageRequest(cursor, limit);
  }
}
