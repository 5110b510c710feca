package org.diaryaccess.adapters.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * Invitations in {@code da_invitation} with their children in {@code da_invitation_pupil}.
 * Updates are checked against the version column; sends are serialised by lock rows.
 */
final class JdbcInvitations implements Invitations {
  private static final String COLUMNS = "i.id, i.inviter, i.invitee, i.service, i.sections, i.end_date, i.state, "
      + "i.sent_at, i.expires_at, i.answered_at, i.version";

  private final JdbcTransactions tx;
  private final Sql sql;

  JdbcInvitations(JdbcTransactions tx, Sql sql) {
    this.tx = tx;
    this.sql = sql;
  }

  @Override
  public Optional<Invitation> findById(InvitationId id) {
    List<Invitation> found = load("WHERE i.id = ?", p -> p.text(id.value()));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public void insert(Invitation invitation) {
    checkNotNull(invitation, "invitation");
    insertAll(List.of(invitation));
  }

  /** Two batched statements for the lot: the invitations, then the children they name. */
  @Override
  public void insertAll(Collection<Invitation> invitations) {
    List<Invitation> copy = List.copyOf(invitations);
    tx.write(() -> {
      sql.batch("INSERT INTO da_invitation (id, inviter, invitee, service, sections, end_date, state, sent_at, "
          + "expires_at, answered_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          copy.stream().<Sql.Binder>map(invitation -> p -> p
              .text(invitation.id().value()).text(invitation.inviter().value()).text(invitation.invitee().value())
              .text(invitation.service().name()).text(Columns.sections(invitation.sections()))
              .date(invitation.endDate()).text(invitation.state().name()).instant(invitation.sentAt())
              .instant(invitation.expiresAt()).instant(invitation.answeredAt()).number(invitation.version())).toList());
      sql.batch("INSERT INTO da_invitation_pupil (invitation_id, pupil_id, pending_pupil) VALUES (?, ?, ?)",
          copy.stream().flatMap(invitation -> invitation.pupils().stream().<Sql.Binder>map(pupil -> p -> p
              .text(invitation.id().value()).text(pupil.value())
              .text(invitation.state() == InvitationState.PENDING ? pupil.value() : null))).toList());
      return null;
    });
  }

  @Override
  public void update(Invitation invitation) {
    checkNotNull(invitation, "invitation");
    tx.write(() -> {
      int changed = sql.update("UPDATE da_invitation SET state = ?, answered_at = ?, version = ? "
          + "WHERE id = ? AND version = ?", p -> p.text(invitation.state().name()).instant(invitation.answeredAt())
          .number(invitation.version()).text(invitation.id().value()).number(invitation.version() - 1));
      if (changed != 1) {
        throw TransientStorageException.concurrentUpdate();
      }
      if (invitation.state() != InvitationState.PENDING) {
        // No longer pending: out of the index that finds a child's pending invitations.
        sql.update("UPDATE da_invitation_pupil SET pending_pupil = NULL WHERE invitation_id = ? "
            + "AND pending_pupil IS NOT NULL", p -> p.text(invitation.id().value()));
      }
      return null;
    });
  }

  @Override
  public void lockForSending(CitizenId inviter, Set<PupilRecordId> pupils) {
    checkState(tx.inTransaction(), "lockForSending belongs inside a unit of work");
    List<String> keys = new ArrayList<>();
    keys.add("inviter:" + inviter.value());
    pupils.forEach(p -> keys.add("pupil:" + p.value()));
    sql.lockRows(keys);
  }

  @Override
  public List<Invitation> pendingFor(PupilRecordId pupil) {
    return load("WHERE i.id IN (SELECT x.invitation_id FROM da_invitation_pupil x WHERE x.pending_pupil = ?) "
        + "ORDER BY i.id", p -> p.text(pupil.value()));
  }

  @Override
  public int countSentSince(CitizenId inviter, Instant since) {
    return sql.one("SELECT COUNT(*) FROM da_invitation WHERE inviter = ? AND sent_at >= ?",
        p -> p.text(inviter.value()).instant(since), cells -> cells.count()).orElse(0);
  }

  @Override
  public List<Instant> declinedSince(CitizenId invitee, CitizenId inviter, PupilRecordId pupil, Instant since) {
    return sql.list("SELECT i.answered_at FROM da_invitation i JOIN da_invitation_pupil x ON x.invitation_id = i.id "
            + "WHERE i.invitee = ? AND i.inviter = ? AND x.pupil_id = ? AND i.state = 'DECLINED' AND i.answered_at >= ? "
            + "ORDER BY i.answered_at",
        p -> p.text(invitee.value()).text(inviter.value()).text(pupil.value()).instant(since),
        cells -> cells.requiredInstant("answered_at"));
  }

  @Override
  public Page<Invitation> sentBy(CitizenId inviter, Set<InvitationState> states, Instant asOf, PageRequest page) {
    return byParty("inviter", inviter, states, asOf, page);
  }

  @Override
  public Page<Invitation> receivedBy(CitizenId invitee, Set<InvitationState> states, Instant asOf,
      PageRequest page) {
    return byParty("invitee", invitee, states, asOf, page);
  }

  private Page<Invitation> byParty(String column, CitizenId party, Set<InvitationState> states, Instant asOf,
      PageRequest page) {
    String after = page.after();
    InvitationId cursor = after == null ? null : Cursors.invitation(after);
    // The states as they stand at asOf: a pending invitation past its expiry is expired.
    List<InvitationState> stored = states.stream()
        .filter(s -> s != InvitationState.PENDING && s != InvitationState.EXPIRED).toList();
    boolean open = states.contains(InvitationState.PENDING);
    boolean expired = states.contains(InvitationState.EXPIRED);
    List<String> conditions = new ArrayList<>();
    if (!stored.isEmpty()) {
      conditions.add("i.state IN (" + "?, ".repeat(stored.size() - 1) + "?)");
    }
    if (open) {
      conditions.add("(i.state = 'PENDING' AND i.expires_at > ?)");
    }
    if (expired) {
      conditions.add("i.state = 'EXPIRED' OR (i.state = 'PENDING' AND i.expires_at <= ?)");
    }
    StringBuilder where = new StringBuilder("WHERE i.").append(column).append(" = ?");
    if (!states.isEmpty()) {
      where.append(" AND (").append(String.join(" OR ", conditions)).append(")");
    }
    if (cursor != null) {
      where.append(" AND i.id > ?");
    }
    where.append(" ORDER BY i.id LIMIT ?");
    List<Invitation> rows = load(where.toString(), p -> {
      p.text(party.value());
      for (InvitationState state : stored) {
        p.text(state.name());
      }
      if (open) {
        p.instant(asOf);
      }
      if (expired) {
        p.instant(asOf);
      }
      if (cursor != null) {
        p.text(cursor.value());
      }
      p.number(page.limit() + 1L);
    });
    return Cursors.page(rows, page.limit(), i -> i.id().value());
  }

  @Override
  public List<Invitation> pendingExpiredAt(Instant now, int limit) {
    return load("WHERE i.state = 'PENDING' AND i.expires_at <= ? ORDER BY i.id LIMIT ?",
        p -> p.instant(now).number(limit));
  }

  /**
   * Invitations matching a condition (which may order and limit them), with their children: one
   * query, the condition applied to invitations before their children are joined.
   */
  private List<Invitation> load(String condition, Sql.Binder binder) {
    return assemble(sql.list("SELECT i.*, x.pupil_id FROM (SELECT " + COLUMNS + " FROM da_invitation i "
        + condition + ") i JOIN da_invitation_pupil x ON x.invitation_id = i.id ORDER BY i.id, x.pupil_id",
        binder, Row::of));
  }

  /** One row of an invitation joined to one of its children. */
  record Row(InvitationId id, CitizenId inviter, CitizenId invitee, Service service, String sections,
      @Nullable LocalDate endDate, InvitationState state, Instant sentAt, Instant expiresAt,
      @Nullable Instant answeredAt, long version, PupilRecordId pupil) {

    /** The row from columns named as in {@code da_invitation}, with the child's {@code pupil_id}. */
    static Row of(Cells cells) throws SQLException {
      return new Row(InvitationId.of(cells.required("id")), CitizenId.of(cells.required("inviter")),
          CitizenId.of(cells.required("invitee")), Service.valueOf(cells.required("service")),
          cells.required("sections"), cells.date("end_date"), InvitationState.valueOf(cells.required("state")),
          cells.requiredInstant("sent_at"), cells.requiredInstant("expires_at"),
          cells.instant("answered_at"), cells.number("version"), PupilRecordId.of(cells.required("pupil_id")));
    }
  }

  /** Folds rows ordered by invitation into invitations with their children. */
  static List<Invitation> assemble(List<Row> rows) {
    List<Invitation> invitations = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      Row h = rows.get(i);
      List<PupilRecordId> pupils = new ArrayList<>();
      while (i < rows.size() && rows.get(i).id().equals(h.id())) {
        pupils.add(rows.get(i).pupil());
        i++;
      }
      invitations.add(new Invitation(h.id(), h.inviter(), h.invitee(), h.service(), pupils,
          Columns.sections(h.sections()), h.endDate(), h.state(), h.sentAt(), h.expiresAt(), h.answeredAt(),
          h.version()));
    }
    return invitations;
  }
}
