package org.diaryaccess.adapters.jdbc;

import static org.diaryaccess.adapters.jdbc.Union.CITIZEN;
import static org.diaryaccess.adapters.jdbc.Union.GRANT;
import static org.diaryaccess.adapters.jdbc.Union.INVITATION;
import static org.diaryaccess.adapters.jdbc.Union.PUPIL;
import static org.diaryaccess.adapters.jdbc.Union.REPRESENTATIVE;

import com.google.common.collect.Sets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.diaryaccess.spi.TrustedPersonFacts;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;

/**
 * The trusted-persons page in one query: the records holding one of the representative's
 * contacts (found through the contact index, as for a home page), and for those records their
 * representatives, their live grants (through the live-grant index), the invitations pending for
 * them (through the pending index) with every child each names, and the citizens those grants and
 * invitations name — a {@code UNION ALL} with one branch per kind of fact, the candidates written
 * once as a common table expression.
 */
final class JdbcTrustedPersonFacts implements TrustedPersonFacts {
  private static final Union UNION = new Union(CITIZEN, PUPIL, REPRESENTATIVE, INVITATION, GRANT);

  /** The statement per set of key fields: a handful of sets in any deployment. */
  private final Map<Set<ContactField>, String> statements = new ConcurrentHashMap<>();
  private final Sql sql;

  JdbcTrustedPersonFacts(Sql sql) {
    this.sql = sql;
  }

  private static String statement(Set<ContactField> keys) {
    List<String> byKey = new ArrayList<>();
    for (ContactField key : keys) {
      byKey.add("SELECT pc.pupil_id AS pid FROM da_citizen me JOIN da_pupil_contact pc ON pc.kind = '"
          + Columns.contactKind(key) + "' AND pc.contact = me." + Columns.normalisedColumn(key) + " WHERE me.id = ?");
    }
    String candidates = byKey.isEmpty() ? "SELECT CAST(NULL AS VARCHAR(128)) AS pid FROM da_citizen WHERE 1 = 0"
        : String.join(" UNION ", byKey);
    String liveGrants = "cand JOIN da_grant g ON g.pupil_id = cand.pid AND " + JdbcGrants.hasLiveKey("g");
    String pending = "cand JOIN da_invitation_pupil y ON y.pending_pupil = cand.pid "
        + "JOIN da_invitation iv ON iv.id = y.invitation_id";
    return "WITH cand AS (" + candidates + ") " + Union.query(
        // Records and invitations come grouped, as their assemblers expect.
        "k, id, r_position, i_id, i_pupil_id, g_id",
        UNION.branch("I", "FROM da_citizen c WHERE c.id = ?", CITIZEN),
        UNION.branch("P", "FROM cand JOIN da_pupil p ON p.id = cand.pid "
            + "LEFT JOIN da_representative r ON r.pupil_id = p.id", PUPIL, REPRESENTATIVE),
        UNION.branch("G", "FROM " + liveGrants, GRANT),
        UNION.branch("N", "FROM (SELECT DISTINCT iv.*, x.pupil_id FROM " + pending
            + " JOIN da_invitation_pupil x ON x.invitation_id = iv.id) i", INVITATION),
        UNION.branch("C", "FROM " + liveGrants + " JOIN da_citizen c ON c.id = g.trustee", CITIZEN),
        UNION.branch("C", "FROM " + liveGrants + " JOIN da_citizen c ON c.id = g.grantor", CITIZEN),
        UNION.branch("C", "FROM " + pending + " JOIN da_citizen c ON c.id = iv.invitee", CITIZEN),
        UNION.branch("C", "FROM " + pending + " JOIN da_citizen c ON c.id = iv.inviter", CITIZEN));
  }

  @Override
  public Facts load(CitizenId representative, Set<ContactField> keys) {
    Set<ContactField> ordered = Sets.immutableEnumSet(keys);
    List<Fact> facts = sql.list(statements.computeIfAbsent(ordered, JdbcTrustedPersonFacts::statement), p -> {
      for (int i = 0; i < ordered.size(); i++) {
        p.text(representative.value());
      }
      p.text(representative.value());
    }, Fact::of);
    return fold(facts);
  }

  private static Facts fold(List<Fact> facts) {
    Citizen citizen = null;
    List<JdbcSchoolRegister.Row> records = new ArrayList<>();
    List<JdbcInvitations.Row> pending = new ArrayList<>();
    List<Grant> live = new ArrayList<>();
    Map<CitizenId, Citizen> people = new LinkedHashMap<>();
    for (Fact fact : facts) {
      if (fact instanceof Asker f) {
        citizen = f.citizen();
      } else if (fact instanceof RecordRow f) {
        records.add(f.row());
      } else if (fact instanceof PendingRow f) {
        pending.add(f.row());
      } else if (fact instanceof LiveGrant f) {
        live.add(f.grant());
      } else if (fact instanceof Named f) {
        people.putIfAbsent(f.citizen().id(), f.citizen());
      }
    }
    if (citizen == null) {
      return Facts.unknownCitizen();
    }
    List<Invitation> invitations = JdbcInvitations.assemble(pending);
    List<Child> children = new ArrayList<>();
    for (PupilRecord record : JdbcSchoolRegister.assemble(records)) {
      children.add(new Child(record,
          live.stream().filter(g -> g.pupil().equals(record.id())).toList(),
          invitations.stream().filter(i -> i.pupils().contains(record.id())).toList()));
    }
    return new Facts(citizen, children, people);
  }

  /** One row of the union, by its kind. */
  private sealed interface Fact {
    static Fact of(Cells cells) throws SQLException {
      String kind = cells.required("k");
      return switch (kind) {
        case "I" -> new Asker(JdbcCitizens.citizen(cells.prefixed("c_")));
        case "P" -> new RecordRow(JdbcSchoolRegister.Row.of(cells));
        case "G" -> new LiveGrant(JdbcGrants.grant(cells.prefixed("g_")));
        case "N" -> new PendingRow(JdbcInvitations.Row.of(cells.prefixed("i_")));
        case "C" -> new Named(JdbcCitizens.citizen(cells.prefixed("c_")));
        default -> throw new SQLException("unknown kind of fact: " + kind);
      };
    }
  }

  private record Asker(Citizen citizen) implements Fact {}

  private record RecordRow(JdbcSchoolRegister.Row row) implements Fact {}

  private record PendingRow(JdbcInvitations.Row row) implements Fact {}

  private record LiveGrant(Grant grant) implements Fact {}

  private record Named(Citizen citizen) implements Fact {}
}
