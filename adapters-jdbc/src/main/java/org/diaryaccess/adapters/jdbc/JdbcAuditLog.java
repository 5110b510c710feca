package org.diaryaccess.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.audit.AuditSeal;
import org.diaryaccess.spi.audit.SealedEntry;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/** The append-only audit log in {@code da_audit}; the database numbers the entries. */
final class JdbcAuditLog implements AuditLog {
  private static final String COLUMNS =
      "seq, at, actor, action, outcome, reason, invitation_id, grant_id, pupils, counterpart";
  private static final String SEAL_LOCK = "audit:seal";

  private final JdbcTransactions tx;
  private final Sql sql;

  JdbcAuditLog(JdbcTransactions tx, Sql sql) {
    this.tx = tx;
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
    List<AuditEntry> rows = sql.list("SELECT " + COLUMNS + " FROM da_audit WHERE seq > ? ORDER BY seq LIMIT ?", p -> p.number(from).number(page.limit() + 1L),
        JdbcAuditLog::entry);
    return Cursors.page(rows, page.limit(), e -> String.valueOf(e.sequence()));
  }

  @Override
  public void lockForSealing() {
    checkState(tx.inTransaction(), "lockForSealing belongs inside a unit of work");
    sql.lockRows(List.of(SEAL_LOCK));
  }

  @Override
  public Optional<AuditSeal> lastSeal() {
    return sql.one("SELECT chain_position, chain_hash FROM da_audit WHERE chain_position = "
        + "(SELECT MAX(chain_position) FROM da_audit)", p -> { }, JdbcAuditLog::seal);
  }

  @Override
  public List<AuditEntry> unsealed(int limit) {
    checkArgument(limit > 0, "limit %s", limit);
    return sql.list("SELECT " + COLUMNS + " FROM da_audit WHERE chain_position IS NULL ORDER BY seq LIMIT ?",
        p -> p.number(limit), JdbcAuditLog::entry);
  }

  @Override
  public int countUnsealed() {
    return sql.one("SELECT COUNT(*) FROM da_audit WHERE chain_position IS NULL", p -> { }, cells -> cells.count())
        .orElse(0);
  }

  @Override
  public void seal(long sequence, AuditSeal seal) {
    checkNotNull(seal, "seal");
    int sealed = sql.update("UPDATE da_audit SET chain_position = ?, chain_hash = ? "
        + "WHERE seq = ? AND chain_position IS NULL", p -> p.number(seal.position()).text(seal.hash()).number(sequence));
    checkState(sealed == 1, "audit entry %s is unknown or already sealed", sequence);
  }

  @Override
  public Page<SealedEntry> chain(PageRequest page) {
    String after = page.after();
    long from = after == null ? 0 : Cursors.sequence(after);
    List<SealedEntry> rows = sql.list("SELECT " + COLUMNS + ", chain_position, chain_hash FROM da_audit "
        + "WHERE chain_position > ? ORDER BY chain_position LIMIT ?", p -> p.number(from).number(page.limit() + 1L),
        cells -> new SealedEntry(entry(cells), seal(cells)));
    return Cursors.page(rows, page.limit(), e -> String.valueOf(e.seal().position()));
  }

  private static AuditSeal seal(Cells cells) throws SQLException {
    return new AuditSeal(cells.number("chain_position"), cells.required("chain_hash"));
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
