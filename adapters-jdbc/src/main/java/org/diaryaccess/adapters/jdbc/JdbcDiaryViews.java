package org.diaryaccess.adapters.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.history.ViewBatch;
import org.diaryaccess.spi.history.ViewCursor;
import org.diaryaccess.spi.history.ViewDay;
import org.diaryaccess.spi.history.ViewerRelation;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;

/**
 * The access history in {@code da_view_day}: a batch is its id claimed in {@code da_view_batch},
 * then all of its rows in one statement — an upsert over arrays, whatever the batch's size —
 * that adds each row's counts to the day's stored row.
 */
final class JdbcDiaryViews implements DiaryViews {
  private static final DiarySection[] SECTIONS = DiarySection.values();
  /** The count columns: the diary as such, then one per section. */
  private static final List<String> COUNTS = Stream.concat(Stream.of("diary_views"),
      Stream.of(SECTIONS).map(JdbcDiaryViews::column)).toList();
  private static final String COLUMNS = "pupil_id, view_date, viewer, relation, grant_id, first_at, last_at, "
      + String.join(", ", COUNTS);
  private static final String SELECT = "SELECT " + COLUMNS + " FROM da_view_day ";

  private final JdbcTransactions tx;
  private final Sql sql;
  private final Dialect dialect;
  private final String claim;
  private final String upsert;

  JdbcDiaryViews(JdbcTransactions tx, Sql sql, Dialect dialect) {
    this.tx = tx;
    this.sql = sql;
    this.dialect = dialect;
    this.claim = dialect == Dialect.POSTGRESQL
        ? "INSERT INTO da_view_batch (id, taken_at) VALUES (?, ?) ON CONFLICT DO NOTHING"
        : "INSERT INTO da_view_batch (id, taken_at) SELECT CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP(6) WITH TIME ZONE)"
            + " WHERE NOT EXISTS (SELECT 1 FROM da_view_batch WHERE id = ?)";
    this.upsert = dialect == Dialect.POSTGRESQL ? postgresUpsert() : h2Merge();
  }

  private static String column(DiarySection section) {
    return section.name().toLowerCase(Locale.ROOT) + "_views";
  }

  /** The text columns a batch binds, in {@link #COLUMNS}' order, before the counts. */
  private static final int TEXT_COLUMNS = 7;

  /** The batch's parameters: an array per column, text for the first seven, numbers for the counts. */
  private static String arrays(String prefix, String suffix) {
    return String.join(", ", Collections.nCopies(TEXT_COLUMNS, prefix + "TEXT" + suffix)) + ", "
        + String.join(", ", Collections.nCopies(COUNTS.size(), prefix + "BIGINT" + suffix));
  }

  /** The cells of the unnested arrays, cast to the table's types. */
  private static String typed(String u) {
    return u + ".pupil_id, CAST(" + u + ".view_date AS DATE), " + u + ".viewer, " + u + ".relation, " + u + ".grant_id, "
        + "CAST(" + u + ".first_at AS TIMESTAMP(6) WITH TIME ZONE), CAST(" + u + ".last_at AS TIMESTAMP(6) WITH TIME ZONE), "
        + COUNTS.stream().map(c -> u + "." + c).collect(Collectors.joining(", "));
  }

  /** What a stored row becomes when a row of the same day is added to it ({@link ViewDay#plus}). */
  private static String added(String stored, String incoming) {
    String later = incoming + ".last_at > " + stored + ".last_at";
    return "relation = CASE WHEN " + later + " THEN " + incoming + ".relation ELSE " + stored + ".relation END, "
        + "grant_id = CASE WHEN " + later + " THEN " + incoming + ".grant_id ELSE " + stored + ".grant_id END, "
        + "first_at = LEAST(" + stored + ".first_at, " + incoming + ".first_at), "
        + "last_at = GREATEST(" + stored + ".last_at, " + incoming + ".last_at), "
        + COUNTS.stream().map(c -> c + " = " + stored + "." + c + " + " + incoming + "." + c)
            .collect(Collectors.joining(", "));
  }

  private static String postgresUpsert() {
    return "INSERT INTO da_view_day (" + COLUMNS + ") SELECT " + typed("s") + " FROM unnest("
        + arrays("CAST(? AS ", "[])") + ") AS s(" + COLUMNS + ") "
        + "ON CONFLICT (pupil_id, view_date, viewer) DO UPDATE SET " + added("da_view_day", "EXCLUDED");
  }

  private static String h2Merge() {
    return "MERGE INTO da_view_day t USING (SELECT " + typed("u")
        + " FROM UNNEST(" + arrays("CAST(? AS ", " ARRAY)") + ") AS u(" + COLUMNS + ")) AS s(" + COLUMNS + ") "
        + "ON t.pupil_id = s.pupil_id AND t.view_date = s.view_date AND t.viewer = s.viewer "
        + "WHEN MATCHED THEN UPDATE SET " + added("t", "s")
        + " WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ") VALUES ("
        + Stream.of(COLUMNS.split(", ")).map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
  }

  @Override
  public boolean write(ViewBatch batch) {
    int claimed = sql.update(claim, p -> {
      p.text(batch.id()).instant(batch.takenAt());
      if (dialect == Dialect.H2) {
        p.text(batch.id());
      }
    });
    if (claimed == 0) {
      return false;
    }
    if (batch.days().isEmpty()) {
      return true;
    }
    return tx.changing(c -> {
      try (PreparedStatement ps = c.prepareStatement(upsert)) {
        bindColumns(c, ps, batch.days());
        ps.executeUpdate();
        return true;
      }
    });
  }

  private static void bindColumns(Connection c, PreparedStatement ps, List<ViewDay> rows) throws SQLException {
    int n = rows.size();
    String[][] text = new String[TEXT_COLUMNS][n];
    Long[][] counts = new Long[COUNTS.size()][n];
    for (int i = 0; i < n; i++) {
      ViewDay row = rows.get(i);
      text[0][i] = row.pupil().value();
      text[1][i] = row.day().toString();
      text[2][i] = row.viewer().value();
      text[3][i] = row.relation().name();
      GrantId grant = row.grant();
      text[4][i] = grant == null ? null : grant.value();
      text[5][i] = row.firstAt().toString();
      text[6][i] = row.lastAt().toString();
      counts[0][i] = row.diaryViews();
      for (DiarySection section : SECTIONS) {
        counts[1 + section.ordinal()][i] = row.viewsOf(section);
      }
    }
    int index = 0;
    for (String[] column : text) {
      Array array = c.createArrayOf("VARCHAR", column);
      ps.setArray(++index, array);
    }
    for (Long[] column : counts) {
      Array array = c.createArrayOf("BIGINT", column);
      ps.setArray(++index, array);
    }
  }

  @Override
  public Page<ViewDay> ofPupil(PupilRecordId pupil, LocalDate from, LocalDate to, @Nullable CitizenId viewer,
      PageRequest page) {
    String after = page.after();
    ViewCursor cursor = after == null ? null : ViewCursor.parse(after);
    List<ViewDay> rows = sql.list(SELECT + "WHERE pupil_id = ? AND view_date >= ? AND view_date <= ?"
        + (viewer == null ? "" : " AND viewer = ?")
        + (cursor == null ? "" : " AND (view_date < ? OR (view_date = ? AND viewer > ?))")
        + " ORDER BY view_date DESC, viewer LIMIT ?", p -> {
          p.text(pupil.value()).date(from).date(to);
          if (viewer != null) {
            p.text(viewer.value());
          }
          if (cursor != null) {
            p.date(cursor.day()).date(cursor.day()).text(cursor.viewer().value());
          }
          p.number(page.limit() + 1L);
        }, JdbcDiaryViews::row);
    return Cursors.page(rows, page.limit(), row -> ViewCursor.after(row).toString());
  }

  private static ViewDay row(Cells cells) throws SQLException {
    Map<DiarySection, Long> sections = new EnumMap<>(DiarySection.class);
    for (DiarySection section : SECTIONS) {
      sections.put(section, cells.number(column(section)));
    }
    String grant = cells.text("grant_id");
    LocalDate day = cells.date("view_date");
    if (day == null) {
      throw new SQLException("column view_date is null", "22004");
    }
    return new ViewDay(CitizenId.of(cells.required("viewer")), PupilRecordId.of(cells.required("pupil_id")), day,
        ViewerRelation.valueOf(cells.required("relation")), grant == null ? null : GrantId.of(grant),
        cells.requiredInstant("first_at"), cells.requiredInstant("last_at"), cells.number("diary_views"), sections);
  }

  @Override
  public int purge(LocalDate day, Instant batchesBefore) {
    int deleted = sql.update("DELETE FROM da_view_day WHERE view_date < ?", p -> p.date(day));
    sql.update("DELETE FROM da_view_batch WHERE taken_at < ?", p -> p.instant(batchesBefore));
    return deleted;
  }
}
