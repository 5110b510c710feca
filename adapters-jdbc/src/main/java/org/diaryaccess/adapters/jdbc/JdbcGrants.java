package org.diaryaccess.adapters.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * Grants in {@code da_grant}. Updates are checked against the version column, and the unique
 * {@code live_key} lets the database itself refuse a second live grant for one person and child.
 */
final class JdbcGrants implements Grants {
  private static final String SELECT = "SELECT id, invitation_id, grantor, trustee, pupil_id, service, sections, "
      + "end_date, state, accepted_at, deadline, activated_at, ended_at, ended_by, termination, version FROM da_grant ";
  private static final String LIVE = isLive("state");

  /**
   * Grant liveness as SQL, spelled from {@link GrantState#isLive()} so the two can never drift.
   *
   * @param column the state column, qualified as the query needs
   * @return {@code column IN ('PROVISIONING', 'ACTIVE')}
   */
  static String isLive(String column) {
    return column + " IN (" + Arrays.stream(GrantState.values()).filter(GrantState::isLive)
        .map(state -> "'" + state.name() + "'").collect(Collectors.joining(", ")) + ")";
  }

  private final Sql sql;

  JdbcGrants(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<Grant> findById(GrantId id) {
    return sql.one(SELECT + "WHERE id = ?", p -> p.text(id.value()), JdbcGrants::grant);
  }

  @Override
  public void insert(Grant grant) {
    checkNotNull(grant, "grant");
    sql.update(INSERT, p -> bind(p, grant));
  }

  /** One batched statement for the lot. */
  @Override
  public void insertAll(Collection<Grant> grants) {
    sql.batch(INSERT, grants.stream().<Sql.Binder>map(grant -> p -> bind(p, grant)).toList());
  }

  private static final String INSERT = "INSERT INTO da_grant (id, invitation_id, grantor, trustee, pupil_id, "
      + "service, sections, end_date, state, accepted_at, deadline, activated_at, ended_at, ended_by, termination, "
      + "version, live_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static void bind(Sql.Params p, Grant grant) throws SQLException {
    p.text(grant.id().value())
        .text(grant.invitation().value()).text(grant.grantor().value()).text(grant.trustee().value())
        .text(grant.pupil().value()).text(grant.service().name()).text(Columns.sections(grant.sections()))
        .date(grant.endDate()).text(grant.state().name()).instant(grant.acceptedAt())
        .instant(grant.provisioningDeadline()).instant(grant.activatedAt()).instant(grant.endedAt())
        .text(endedBy(grant)).text(grant.terminationReason() == null ? null : grant.terminationReason().name())
        .number(grant.version()).text(liveKey(grant));
  }

  @Override
  public void update(Grant grant) {
    checkNotNull(grant, "grant");
    int changed = sql.update("UPDATE da_grant SET state = ?, activated_at = ?, ended_at = ?, ended_by = ?, "
        + "termination = ?, version = ?, live_key = ? WHERE id = ? AND version = ?", p -> p.text(grant.state().name())
        .instant(grant.activatedAt()).instant(grant.endedAt()).text(endedBy(grant))
        .text(grant.terminationReason() == null ? null : grant.terminationReason().name()).number(grant.version())
        .text(liveKey(grant)).text(grant.id().value()).number(grant.version() - 1));
    if (changed != 1) {
      throw TransientStorageException.concurrentUpdate();
    }
  }

  private static @Nullable String endedBy(Grant grant) {
    return grant.endedBy() == null ? null : grant.endedBy().value();
  }

  private static @Nullable String liveKey(Grant grant) {
    return grant.isLive() ? liveKey(grant.trustee(), grant.pupil()) : null;
  }

  /**
   * The {@code live_key} a live grant for a person and a child holds: the unique index finds it
   * in one probe, however many ended grants the two have.
   *
   * @param trustee the trusted person
   * @param pupil the child
   * @return the key
   */
  static String liveKey(CitizenId trustee, PupilRecordId pupil) {
    return trustee.value() + "\u001f" + pupil.value();
  }

  /**
   * Grant liveness as the live-grant indexes read it ({@code live_key} is set exactly while a
   * grant is live): with the trustee or the child, an index range that skips ended grants.
   *
   * @param alias the grant table's alias
   * @return {@code alias.live_key IS NOT NULL}
   */
  static String hasLiveKey(String alias) {
    return alias + ".live_key IS NOT NULL";
  }

  @Override
  public List<Grant> liveFor(CitizenId trustee, PupilRecordId pupil) {
    return sql.list(SELECT + "WHERE live_key = ?", p -> p.text(liveKey(trustee, pupil)), JdbcGrants::grant);
  }

  @Override
  public List<Grant> liveForTrustee(CitizenId trustee) {
    return sql.list(SELECT + "g WHERE g.trustee = ? AND " + hasLiveKey("g") + " ORDER BY g.id",
        p -> p.text(trustee.value()), JdbcGrants::grant);
  }

  @Override
  public List<Grant> liveForPupil(PupilRecordId pupil) {
    return sql.list(SELECT + "g WHERE g.pupil_id = ? AND " + hasLiveKey("g") + " ORDER BY g.id",
        p -> p.text(pupil.value()), JdbcGrants::grant);
  }

  @Override
  public List<Grant> endedForTrustee(CitizenId trustee, Instant since, int limit) {
    return sql.list(SELECT + "g WHERE g.trustee = ? AND g.live_key IS NULL AND g.ended_at >= ? "
        + "ORDER BY g.ended_at DESC, g.id LIMIT ?", p -> p.text(trustee.value()).instant(since).number(limit),
        JdbcGrants::grant);
  }

  @Override
  public Page<Grant> live(PageRequest page) {
    String after = page.after();
    GrantId cursor = after == null ? null : Cursors.grant(after);
    List<Grant> rows = sql.list(SELECT + "WHERE " + LIVE + (cursor == null ? "" : " AND id > ?")
        + " ORDER BY id LIMIT ?", p -> {
          if (cursor != null) {
            p.text(cursor.value());
          }
          p.number(page.limit() + 1L);
        }, JdbcGrants::grant);
    return Cursors.page(rows, page.limit(), g -> g.id().value());
  }

  @Override
  public Page<Grant> provisioningOverdue(Instant now, PageRequest page) {
    String after = page.after();
    GrantId cursor = after == null ? null : Cursors.grant(after);
    List<Grant> rows = sql.list(SELECT + "WHERE state = '" + GrantState.PROVISIONING.name() + "' AND deadline < ?"
        + (cursor == null ? "" : " AND id > ?") + " ORDER BY id LIMIT ?", p -> {
          p.instant(now);
          if (cursor != null) {
            p.text(cursor.value());
          }
          p.number(page.limit() + 1L);
        }, JdbcGrants::grant);
    return Cursors.page(rows, page.limit(), g -> g.id().value());
  }

  @Override
  public int countProvisioningOverdue(Instant now) {
    return sql.one("SELECT COUNT(*) FROM da_grant WHERE state = '" + GrantState.PROVISIONING.name()
        + "' AND deadline < ?", p -> p.instant(now), cells -> cells.count()).orElse(0);
  }

  /** A grant from columns named with a prefix (as in a join). */
  static Grant grant(Cells cells) throws SQLException {
    String termination = cells.text("termination");
    String endedBy = cells.text("ended_by");
    return new Grant(GrantId.of(cells.required("id")), InvitationId.of(cells.required("invitation_id")),
        CitizenId.of(cells.required("grantor")), CitizenId.of(cells.required("trustee")),
        PupilRecordId.of(cells.required("pupil_id")), Service.valueOf(cells.required("service")),
        Columns.sections(cells.required("sections")), cells.date("end_date"),
        GrantState.valueOf(cells.required("state")), cells.requiredInstant("accepted_at"),
        cells.requiredInstant("deadline"), cells.instant("activated_at"),
        cells.instant("ended_at"), endedBy == null ? null : CitizenId.of(endedBy), termination == null ? null : TerminationReason.valueOf(termination),
        cells.number("version"));
  }
}
