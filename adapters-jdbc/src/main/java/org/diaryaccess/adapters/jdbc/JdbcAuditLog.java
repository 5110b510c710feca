package org.diaryaccess.adapters.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.SQLException;
import java.util.List;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.model.AuditAction;
import org.diaryaccess.spi.model.AuditEntry;
import org.diaryaccess.spi.model.AuditOutcome;
import org.diaryaccess.spi.model.CitizenId;
import org.diaryaccess.spi.model.GrantId;
import org.diaryaccess.spi.model.InvitationId;
import org.diaryaccess.spi.model.Page;
import org.diaryaccess.spi.model.PageRequest;

/** The append-only audit log in {@code da_audit}; the database numbers the entries. */
final class JdbcAuditLog implements AuditLog {
  private final Sql sql;

  JdbcAuditLog(Sql sql) {
    this.sql = sql;
  }

  @Override
  public AuditEntry append(AuditEntry e) {
    checkNotNull(e, "entry");
    long seq = sql.insertReturningKey("INSERT INTO da_audit (at, actor, action, outcome, reason, invitation_id, "
        + "grant_id, pupils, counterpart) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "seq", p -> p.instant(e.at())
        .text(e.actor() == null ? null : e.actor().value()).text(e.action().name()).text(e.outcome().name())
        .text(e.reason() == null ? null : e.reason().name())
        .text(e.invitation() == null ? null : e.invitation().value())
        .text(e.grant() == null ? null : e.grant().value()).text(Columns.pupils(e.pupils()))
        .text(e.counterpart() == null ? null : e.counterpart().value()));
    return e.at(seq);
  }

  @Override
  public Page<AuditEntry> read(PageRequest page) {
    String after = page.after();
    long from = after == null ? 0 : Cursors.sequence(after);
    List<AuditEntry> rows = sql.list("SELECT seq, at, actor, action, outcome, reason, invitation_id, grant_id, pupils, "
        + "counterpart FROM da_audit WHERE seq > ? ORDER BY seq LIMIT ?", p -> p.number(from).number(page.limit() + 1L),
        JdbcAuditLog::entry);
    return Cursors.page(rows, page.limit(), e -> String.valueOf(e.sequence()));
  }

  private static AuditEntry entry(Cells cells) throws SQLException {
    String actor = cells.text("actor");
    String reason = cells.text("reason");
    String invitation = cells.text("invitation_id");
    String grant = cells.text("grant_id");
    String counterpart = cells.text("counterpart");
    return new AuditEntry(cells.number("seq"), cells.requiredInstant("at"), actor == null ? null : CitizenId.of(actor),
        AuditAction.valueOf(cells.required("action")), AuditOutcome.valueOf(cells.required("outcome")),
        reason == null ? null : ReasonCode.valueOf(reason), invitation == null ? null : InvitationId.of(invitation),
        grant == null ? null : GrantId.of(grant), Columns.pupils(cells.required("pupils")),
        counterpart == null ? null : CitizenId.of(counterpart));
  }
}
