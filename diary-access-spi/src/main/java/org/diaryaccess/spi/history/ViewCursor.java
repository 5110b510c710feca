package org.diaryaccess.spi.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.id.CitizenId;

/**
 * Where a page of the access history ends: its order is newest day first, then viewer id. A
 * store hands it out as {@code Page.nextCursor()} and reads it back from {@code PageRequest.after()}.
 *
 * @param day the last row's day
 * @param viewer the last row's viewer
 * @since 0.2.0
 */
public record ViewCursor(LocalDate day, CitizenId viewer) {
  /** The history's order: newest day first, then by viewer id. */
  public static final Comparator<ViewDay> ORDER =
      Comparator.comparing(ViewDay::day).reversed().thenComparing(ViewDay::viewer);

  /**
   * Checks the cursor.
   *
   * @param day the last row's day
   * @param viewer the last row's viewer
   */
  public ViewCursor {
    checkNotNull(day, "day");
    checkNotNull(viewer, "viewer");
  }

  /**
   * The cursor after a row.
   *
   * @param row the page's last row
   * @return the cursor
   */
  public static ViewCursor after(ViewDay row) {
    return new ViewCursor(row.day(), row.viewer());
  }

  /**
   * Reads a cursor a page handed out.
   *
   * @param text the cursor's text
   * @return the cursor
   * @throws InvalidInputException {@code INVALID_PAGE} if it is not one
   */
  public static ViewCursor parse(String text) {
    int bar = text.indexOf('|');
    try {
      if (bar < 0) {
        throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
      }
      return new ViewCursor(LocalDate.parse(text.substring(0, bar)), CitizenId.of(text.substring(bar + 1)));
    } catch (DateTimeParseException | InvalidInputException e) {
      throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
    }
  }

  /**
   * Whether a row comes after this cursor in the history's order.
   *
   * @param row the row
   * @return whether it belongs on a later page
   */
  public boolean precedes(ViewDay row) {
    int byDay = row.day().compareTo(day);
    return byDay < 0 || (byDay == 0 && row.viewer().compareTo(viewer) > 0);
  }

  /** The cursor's text: the day, a bar, the viewer id. */
  @Override
  public String toString() {
    return day + "|" + viewer.value();
  }
}
