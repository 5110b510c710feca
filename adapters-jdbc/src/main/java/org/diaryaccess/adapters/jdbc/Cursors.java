package org.diaryaccess.adapters.jdbc;

import java.util.List;
import java.util.function.Function;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.paging.Page;

/** Keyset pagination: a page asks for one row more than its limit to learn whether more follow. */
final class Cursors {
  private Cursors() {}

  static InvitationId invitation(String cursor) {
    try {
      return InvitationId.of(cursor);
    } catch (InvalidInputException e) {
      throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
    }
  }

  static GrantId grant(String cursor) {
    try {
      return GrantId.of(cursor);
    } catch (InvalidInputException e) {
      throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
    }
  }

  static long sequence(String cursor) {
    try {
      long value = Long.parseLong(cursor);
      if (value < 0) {
        throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
      }
      return value;
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
    }
  }

  /**
   * A page from rows fetched with {@code LIMIT limit + 1}.
   *
   * @param rows at most {@code limit + 1} rows in key order
   * @param limit the page size
   * @param key the key a cursor names
   * @param <T> the row type
   * @return the page, with a cursor if the extra row came back
   */
  static <T> Page<T> page(List<T> rows, int limit, Function<T, String> key) {
    if (rows.size() <= limit) {
      return Page.last(rows);
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, key.apply(items.get(limit - 1)));
  }
}
