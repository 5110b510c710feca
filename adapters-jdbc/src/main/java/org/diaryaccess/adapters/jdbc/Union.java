package org.diaryaccess.adapters.jdbc;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query that reads several kinds of facts in one round trip, as branches of a {@code UNION ALL}:
 * every branch selects the same columns — its kind first, then each group's columns, those of the
 * groups it fills read from their aliases and the rest {@code NULL} of the column's type — so that
 * one result set carries them all and the first column tells them apart.
 */
final class Union {
  private final List<Group> groups;

  Union(Group... groups) {
    this.groups = List.of(groups);
  }

  /**
   * One branch.
   *
   * @param kind what the branch's rows are, in the {@code k} column
   * @param from its {@code FROM} clause onwards, with each filled group's alias
   * @param filled the groups it fills
   * @return the branch's {@code SELECT}
   */
  String branch(String kind, String from, Group... filled) {
    List<Group> own = List.of(filled);
    StringBuilder select = new StringBuilder("SELECT '").append(kind).append("' AS k");
    for (Group group : groups) {
      for (Map.Entry<String, String> column : group.columns().entrySet()) {
        select.append(", ").append(own.contains(group)
            ? group.alias() + "." + column.getKey()
            : "CAST(NULL AS " + column.getValue() + ")");
        select.append(" AS ").append(group.prefix()).append(column.getKey());
      }
    }
    return select.append(' ').append(from).toString();
  }

  /**
   * The branches as one query, its rows in the order given.
   *
   * <p>The union is wrapped in a {@code SELECT}: H2 keeps the parsed and planned form of a
   * {@code SELECT} in the session's query cache, but re-parses and re-plans a statement whose top
   * is a {@code UNION} on every execution (its {@code SelectUnion} is not cacheable) — for the
   * invitation rule's union, two thirds of a refused invitee look-up's time. (What else empties
   * that cache: a rollback, see {@link JdbcTransactions}; too small a cache, see
   * {@link JdbcStore#H2_QUERY_CACHE}.) PostgreSQL plans both forms alike.
   *
   * @param orderBy the {@code ORDER BY} list, in the union's column labels
   * @param branches the branches, from {@link #branch}
   * @return the statement
   */
  static String query(String orderBy, String... branches) {
    return "SELECT * FROM (" + String.join(" UNION ALL ", branches) + ") facts ORDER BY " + orderBy;
  }

  /**
   * A table's columns in the union, read from an alias and labelled with a prefix.
   *
   * @param alias the table's alias in its branch
   * @param prefix the label prefix its reader expects
   * @param columns each column's name and the SQL type of its {@code NULL} in other branches
   */
  record Group(String alias, String prefix, Map<String, String> columns) {
    /**
     * A group from a spec of {@code name:type} pairs, the type one of {@code V} (text), {@code D}
     * (date), {@code B} (boolean), {@code I} (integer), {@code L} (bigint), {@code T} (timestamp).
     */
    static Group of(String alias, String prefix, String spec) {
      Map<String, String> columns = new LinkedHashMap<>();
      Arrays.stream(spec.split(" ")).map(c -> c.split(":")).forEach(c -> columns.put(c[0], switch (c[1]) {
        case "V" -> "VARCHAR(1000)";
        case "D" -> "DATE";
        case "B" -> "BOOLEAN";
        case "I" -> "INTEGER";
        case "L" -> "BIGINT";
        case "T" -> "TIMESTAMP(6) WITH TIME ZONE";
        default -> throw new IllegalArgumentException("unknown column type " + c[1]);
      }));
      return new Group(alias, prefix, Collections.unmodifiableMap(columns));
    }
  }

  /** The citizen columns, read from alias {@code c} and labelled {@code c_}. */
  static final Group CITIZEN = Group.of("c", "c_", "id:V surname:V given_name:V patronymic:V "
      + "birth_date:D gender:V email_raw:V phone_raw:V snils_raw:V email_norm:V phone_norm:V snils_norm:V");
  /** The record columns from alias {@code p}, unprefixed, as {@link JdbcSchoolRegister.Row} reads a record. */
  static final Group PUPIL = Group.of("p", "", "id:V school_id:V class_name:V surname:V given_name:V "
      + "patronymic:V birth_date:D enrolled:B email_raw:V phone_raw:V snils_raw:V email_norm:V phone_norm:V "
      + "snils_norm:V");
  /** A representative's columns from alias {@code r}, labelled {@code r_}. */
  static final Group REPRESENTATIVE = Group.of("r", "r_", "position:I kind:V surname:V given_name:V "
      + "patronymic:V email_raw:V phone_raw:V snils_raw:V email_norm:V phone_norm:V snils_norm:V");
  /** An invitation's columns with one child's {@code pupil_id}, from alias {@code i}, labelled {@code i_}. */
  static final Group INVITATION = Group.of("i", "i_", "id:V inviter:V invitee:V service:V sections:V "
      + "end_date:D state:V sent_at:T expires_at:T answered_at:T version:L pupil_id:V");
  /** A grant's columns from alias {@code g}, labelled {@code g_}. */
  static final Group GRANT = Group.of("g", "g_", "id:V invitation_id:V grantor:V trustee:V pupil_id:V "
      + "service:V sections:V end_date:D state:V accepted_at:T deadline:T activated_at:T ended_at:T ended_by:V "
      + "termination:V version:L");
}
