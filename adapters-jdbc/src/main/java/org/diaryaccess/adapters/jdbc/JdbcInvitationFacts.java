package org.diaryaccess.adapters.jdbc;

import static org.diaryaccess.adapters.jdbc.Union.CITIZEN;
import static org.diaryaccess.adapters.jdbc.Union.GRANT;
import static org.diaryaccess.adapters.jdbc.Union.INVITATION;
import static org.diaryaccess.adapters.jdbc.Union.PUPIL;
import static org.diaryaccess.adapters.jdbc.Union.REPRESENTATIVE;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.diaryaccess.adapters.jdbc.Union.Group;
import org.diaryaccess.spi.InvitationFacts;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.people.Citizen;

/**
 * Everything the invitation rule reads in one query: a {@code UNION ALL} of one branch per kind
 * of fact — the inviter, the invitee's candidates, the children's records with their
 * representatives, the pending invitations and live grants naming them, the inviter's invitations
 * declined for them, and the inviter's sends in the window — each found by primary key or index. Every
 * branch fills its own group of columns and leaves the others {@code NULL}; the first column
 * tells the kinds apart.
 */
final class JdbcInvitationFacts implements InvitationFacts {
  private static final Group COUNT = Group.of("n", "n_", "invitee:V pupil_id:V at:T total:L");
  private static final Union UNION = new Union(CITIZEN, PUPIL, REPRESENTATIVE, INVITATION, GRANT, COUNT);

  private final Sql sql;

  JdbcInvitationFacts(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Facts load(Query query) {
    List<String> pupils = query.pupils().stream().map(PupilRecordId::value).toList();
    String in = "(" + String.join(", ", Collections.nCopies(pupils.size(), "?")) + ")";
    String statement = Union.query(
        // Records and invitations come grouped, as their assemblers expect.
        "k, id, r_position, i_id, i_pupil_id, g_id, n_invitee, n_pupil_id, n_at",
        branch("I", "FROM da_citizen c WHERE c.id = ?", CITIZEN),
        branch("C", "FROM da_citizen c WHERE c." + Columns.normalisedColumn(query.invitee().field()) + " = ?", CITIZEN),
        branch("P", "FROM da_pupil p LEFT JOIN da_representative r ON r.pupil_id = p.id WHERE p.id IN " + in,
            PUPIL, REPRESENTATIVE),
        branch("N", "FROM (SELECT i.*, x.pupil_id FROM da_invitation i "
            + "JOIN da_invitation_pupil x ON x.invitation_id = i.id "
            + "WHERE i.id IN (SELECT y.invitation_id FROM da_invitation_pupil y WHERE y.pending_pupil IN " + in + ")) i",
            INVITATION),
        branch("G", "FROM da_grant g WHERE g.pupil_id IN " + in + " AND " + JdbcGrants.hasLiveKey("g"), GRANT),
        branch("D", "FROM (SELECT i.invitee, x.pupil_id, i.answered_at AS at, CAST(NULL AS BIGINT) AS total "
            + "FROM da_invitation i JOIN da_invitation_pupil x ON x.invitation_id = i.id WHERE i.inviter = ? "
            + "AND i.state = '" + InvitationState.DECLINED.name() + "' AND i.answered_at >= ? "
            + "AND x.pupil_id IN " + in + ") n", COUNT),
        branch("S", "FROM (SELECT CAST(NULL AS VARCHAR(128)) AS invitee, CAST(NULL AS VARCHAR(128)) AS pupil_id, "
            + "CAST(NULL AS TIMESTAMP(6) WITH TIME ZONE) AS at, COUNT(*) AS total FROM da_invitation "
            + "WHERE inviter = ? AND sent_at >= ?) n", COUNT));
    List<Fact> facts = sql.list(statement, p -> {
      p.text(query.inviter().value());
      p.text(query.invitee().normalised());
      // The children are named in the records', pending invitations', live grants' and declines' branches.
      for (int branch = 0; branch < 3; branch++) {
        for (String pupil : pupils) {
          p.text(pupil);
        }
      }
      p.text(query.inviter().value()).instant(query.declinedSince());
      for (String pupil : pupils) {
        p.text(pupil);
      }
      p.text(query.inviter().value()).instant(query.sentSince());
    }, Fact::of);
    return fold(facts);
  }

  private static Facts fold(List<Fact> facts) {
    Citizen inviter = null;
    List<Citizen> candidates = new ArrayList<>();
    List<JdbcSchoolRegister.Row> records = new ArrayList<>();
    List<JdbcInvitations.Row> pending = new ArrayList<>();
    List<Grant> live = new ArrayList<>();
    List<Decline> declines = new ArrayList<>();
    int sent = 0;
    for (Fact fact : facts) {
      if (fact instanceof Inviter f) {
        inviter = f.citizen();
      } else if (fact instanceof Candidate f) {
        candidates.add(f.citizen());
      } else if (fact instanceof RecordRow f) {
        records.add(f.row());
      } else if (fact instanceof PendingRow f) {
        pending.add(f.row());
      } else if (fact instanceof LiveGrant f) {
        live.add(f.grant());
      } else if (fact instanceof Declined f) {
        declines.add(f.decline());
      } else if (fact instanceof Sent f) {
        sent = f.count();
      }
    }
    if (inviter == null) {
      return Facts.unknownInviter();
    }
    return new Facts(inviter, JdbcSchoolRegister.assemble(records), candidates, JdbcInvitations.assemble(pending),
        live, declines, sent);
  }

  private static String branch(String kind, String from, Group... filled) {
    return UNION.branch(kind, from, filled);
  }

  /** One row of the union, by its kind. */
  private sealed interface Fact {
    static Fact of(Cells cells) throws SQLException {
      String kind = cells.required("k");
      return switch (kind) {
        case "I" -> new Inviter(JdbcCitizens.citizen(cells.prefixed("c_")));
        case "C" -> new Candidate(JdbcCitizens.citizen(cells.prefixed("c_")));
        case "P" -> new RecordRow(JdbcSchoolRegister.Row.of(cells));
        case "N" -> new PendingRow(JdbcInvitations.Row.of(cells.prefixed("i_")));
        case "G" -> new LiveGrant(JdbcGrants.grant(cells.prefixed("g_")));
        case "D" -> new Declined(new Decline(CitizenId.of(cells.required("n_invitee")),
            PupilRecordId.of(cells.required("n_pupil_id")), cells.requiredInstant("n_at")));
        case "S" -> new Sent(Math.toIntExact(cells.number("n_total")));
        default -> throw new SQLException("unknown kind of fact: " + kind);
      };
    }
  }

  private record Inviter(Citizen citizen) implements Fact {}

  private record Candidate(Citizen citizen) implements Fact {}

  private record RecordRow(JdbcSchoolRegister.Row row) implements Fact {}

  private record PendingRow(JdbcInvitations.Row row) implements Fact {}

  private record LiveGrant(Grant grant) implements Fact {}

  private record Declined(Decline decline) implements Fact {}

  private record Sent(int count) implements Fact {}
}
