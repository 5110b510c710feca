package org.diaryaccess.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;

/**
 * The transactional outbox in {@code da_outbox}. Claiming takes due rows with
 * {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so instances running housekeeping at once never
 * take the same message, and leases them by moving their next attempt past the lease.
 */
final class JdbcOutbox implements Outbox {
  private static final String COLUMNS =
      "id, topic, recipient, invitation_id, grant_id, created_at, attempts, next_attempt_at, last_error";

  private final JdbcTransactions tx;
  private final Sql sql;
  private final Dialect dialect;

  JdbcOutbox(JdbcTransactions tx, Sql sql, Dialect dialect) {
    this.tx = tx;
    this.sql = sql;
    this.dialect = dialect;
  }

  @Override
  public void enqueue(OutboxMessage m) {
    checkNotNull(m, "message");
    sql.update("INSERT INTO da_outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", p -> p.text(m.id())
        .text(m.topic().name()).text(m.recipient() == null ? null : m.recipient().value())
        .text(m.invitation() == null ? null : m.invitation().value()).text(m.grant() == null ? null : m.grant().value())
        .instant(m.createdAt()).number(m.attempts()).instant(m.nextAttemptAt()).text(m.lastError()));
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, Instant until, int limit) {
    Instant leaseUntil = micros(until);
    checkArgument(leaseUntil.isAfter(now), "lease %s is not after %s", leaseUntil, now);
    return tx.write(() -> {
      List<OutboxMessage> due = sql.list("SELECT " + COLUMNS + " FROM da_outbox WHERE delivered_at IS NULL "
          + "AND next_attempt_at <= ? ORDER BY created_at, seq LIMIT ? " + dialect.forUpdateSkipLocked(),
          p -> p.instant(now).number(limit), JdbcOutbox::message);
      sql.batch("UPDATE da_outbox SET next_attempt_at = ? WHERE id = ?",
          due.stream().<Sql.Binder>map(m -> p -> p.instant(leaseUntil).text(m.id())).toList());
      return due.stream().map(m -> m.leasedUntil(leaseUntil)).toList();
    });
  }

  @Override
  public boolean renewLease(String id, Instant heldUntil, Instant leaseUntil) {
    checkArgument(leaseUntil.isAfter(heldUntil), "lease %s is not after %s", leaseUntil, heldUntil);
    return sql.update("UPDATE da_outbox SET next_attempt_at = ? "
        + "WHERE id = ? AND next_attempt_at = ? AND delivered_at IS NULL",
        p -> p.instant(micros(leaseUntil)).text(id).instant(micros(heldUntil))) == 1;
  }

  @Override
  public boolean markDelivered(String id, Instant heldUntil, Instant at) {
    return sql.update("UPDATE da_outbox SET delivered_at = ? "
        + "WHERE id = ? AND next_attempt_at = ? AND delivered_at IS NULL",
        p -> p.instant(at).text(id).instant(micros(heldUntil))) == 1;
  }

  @Override
  public boolean markFailed(String id, Instant heldUntil, int attempts, Instant nextAttemptAt, String error) {
    checkArgument(error.length() <= OutboxMessage.MAX_ERROR, "error longer than %s", OutboxMessage.MAX_ERROR);
    return sql.update("UPDATE da_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? "
        + "WHERE id = ? AND next_attempt_at = ? AND delivered_at IS NULL",
        p -> p.number(attempts).instant(nextAttemptAt).text(error).text(id).instant(micros(heldUntil))) == 1;
  }

  /** A lease as the column keeps it, so that the token the caller holds compares equal. */
  private static Instant micros(Instant lease) {
    return lease.truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public Optional<Instant> oldestUndelivered() {
    List<Instant> oldest = sql.list("SELECT created_at FROM da_outbox WHERE delivered_at IS NULL "
        + "ORDER BY created_at LIMIT 1", p -> { }, cells -> cells.requiredInstant("created_at"));
    return oldest.stream().findFirst();
  }

  @Override
  public int undelivered() {
    return sql.one("SELECT COUNT(*) FROM da_outbox WHERE delivered_at IS NULL", p -> { }, cells -> cells.count())
        .orElse(0);
  }

  private static OutboxMessage message(Cells cells) throws SQLException {
    String recipient = cells.text("recipient");
    String invitation = cells.text("invitation_id");
    String grant = cells.text("grant_id");
    return new OutboxMessage(cells.required("id"), Topic.valueOf(cells.required("topic")),
        recipient == null ? null : CitizenId.of(recipient), invitation == null ? null : InvitationId.of(invitation),
        grant == null ? null : GrantId.of(grant), cells.requiredInstant("created_at"), cells.integer("attempts"),
        cells.requiredInstant("next_attempt_at"), cells.text("last_error"));
  }
}
