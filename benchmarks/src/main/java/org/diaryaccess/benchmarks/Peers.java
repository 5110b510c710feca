package org.diaryaccess.benchmarks;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import javax.sql.DataSource;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.security.acls.domain.AclAuthorizationStrategyImpl;
import org.springframework.security.acls.domain.BasePermission;
import org.springframework.security.acls.domain.ConsoleAuditLogger;
import org.springframework.security.acls.domain.DefaultPermissionGrantingStrategy;
import org.springframework.security.acls.domain.ObjectIdentityImpl;
import org.springframework.security.acls.domain.PrincipalSid;
import org.springframework.security.acls.domain.SpringCacheBasedAclCache;
import org.springframework.security.acls.jdbc.BasicLookupStrategy;
import org.springframework.security.acls.jdbc.JdbcMutableAclService;
import org.springframework.security.acls.model.Acl;
import org.springframework.security.acls.model.AclCache;
import org.springframework.security.acls.model.MutableAcl;
import org.springframework.security.acls.model.NotFoundException;
import org.springframework.security.acls.model.ObjectIdentity;
import org.springframework.security.acls.model.Permission;
import org.springframework.security.acls.model.PermissionGrantingStrategy;
import org.springframework.security.acls.model.Sid;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a Java host would use instead, holding the same city's relationships: who may read which
 * child's diary. Both hold a copy of the answer computed when the data was loaded; neither
 * re-checks the school's records, the child's age or the grantor's standing, as the library does
 * on every decision.
 */
final class Peers {
  private Peers() {}

  /**
   * A peer holding the city.
   *
   * @param kind {@code jcasbin}; {@code spring-acl-h2} (its stock schema), {@code spring-acl-h2-indexed}
   *     (with an index on the object identity, as a host would add), {@code spring-acl-h2-cached}
   *     (indexed, with Spring's ACL cache), {@code spring-acl-postgres} (stock schema) or {@code spring-acl-postgres-indexed} (with the
   *     index a host would add)
   * @param city the city
   * @return the question "may this citizen read this child's diary?"
   */
  static BiPredicate<CitizenId, PupilRecordId> load(String kind, City city) {
    return switch (kind) {
      case "jcasbin" -> casbin(city);
      case "spring-acl-h2" -> springAcl(Stores.emptyDatabase("h2"), city, false, false);
      case "spring-acl-h2-indexed" -> springAcl(Stores.emptyDatabase("h2"), city, true, false);
      case "spring-acl-h2-cached" -> springAcl(Stores.emptyDatabase("h2"), city, true, true);
      case "spring-acl-postgres" -> springAcl(Stores.emptyDatabase("postgres"), city, false, false);
      case "spring-acl-postgres-indexed" -> springAcl(Stores.emptyDatabase("postgres"), city, true, false);
      default -> throw new IllegalArgumentException("unknown peer: " + kind);
    };
  }

  /** The parents (matched when the city was built) and trustees of each child. */
  private static Map<PupilRecordId, List<String>> readers(City city) {
    Map<PupilRecordId, List<String>> readers = new HashMap<>();
    for (PupilRecord record : city.records) {
      List<String> ids = new ArrayList<>();
      for (int k = 0; k < record.representatives().size(); k++) {
        LegalRepresentative rep = record.representatives().get(k);
        if (!rep.contacts().mobilePhone().orElseThrow().e164().startsWith("+7915")) {
          int pupil = Integer.parseInt(record.id().value().substring(1));
          ids.add("c" + (3 * pupil + k));
        }
      }
      readers.put(record.id(), ids);
    }
    for (Grant grant : city.grants) {
      readers.computeIfAbsent(grant.pupil(), p -> new ArrayList<>()).add(grant.trustee().value());
    }
    return readers;
  }

  // ---- jCasbin: RBAC with domains, one domain per child ----

  private static final String CASBIN_MODEL = """
      [request_definition]
      r = sub, dom, obj, act

      [policy_definition]
      p = sub, dom, obj, act

      [role_definition]
      g = _, _, _

      [policy_effect]
      e = some(where (p.eft == allow))

      [matchers]
      m = g(r.sub, p.sub, r.dom) && (p.dom == "*" || r.dom == p.dom) && r.obj == p.obj && r.act == p.act
      """;

  private static BiPredicate<CitizenId, PupilRecordId> casbin(City city) {
    Enforcer enforcer = new Enforcer(Model.newModelFromString(CASBIN_MODEL));
    enforcer.enableLog(false);
    enforcer.enableAutoBuildRoleLinks(false);
    enforcer.addPolicy("guardian", "*", "diary", "read");
    enforcer.addPolicy("trusted", "*", "diary", "read");
    List<List<String>> roles = new ArrayList<>();
    Map<PupilRecordId, List<String>> readers = readers(city);
    readers.forEach((pupil, ids) -> ids.forEach(
        id -> roles.add(List.of(id, id.startsWith("t") ? "trusted" : "guardian", pupil.value()))));
    enforcer.addGroupingPolicies(roles);
    enforcer.buildRoleLinks();
    return (citizen, pupil) -> enforcer.enforce(citizen.value(), pupil.value(), "diary", "read");
  }

  // ---- Spring Security ACL: JdbcMutableAclService on its stock schema ----

  private static BiPredicate<CitizenId, PupilRecordId> springAcl(DataSource dataSource, City city, boolean indexed,
      boolean cached) {
    createAclSchema(dataSource, city, indexed);
    AclAuthorizationStrategyImpl authorization = new AclAuthorizationStrategyImpl(
        new SimpleGrantedAuthority("ROLE_ADMIN"));
    PermissionGrantingStrategy granting = new DefaultPermissionGrantingStrategy(new ConsoleAuditLogger());
    AclCache cache = cached
        ? new SpringCacheBasedAclCache(new ConcurrentMapCache("acl"), granting, authorization)
        : new NoAclCache();
    BasicLookupStrategy lookup = new BasicLookupStrategy(dataSource, cache, authorization, granting);
    JdbcMutableAclService acls = new JdbcMutableAclService(dataSource, lookup, cache);
    List<Permission> read = List.of(BasePermission.READ);
    return (citizen, pupil) -> {
      List<Sid> sids = List.of(new PrincipalSid(citizen.value()));
      ObjectIdentity child = new ObjectIdentityImpl("pupil", Long.parseLong(pupil.value().substring(1)));
      try {
        Acl acl = acls.readAclById(child, sids);
        return acl.isGranted(read, sids, false);
      } catch (NotFoundException e) {
        return false;
      }
    };
  }

  /** Spring's PostgreSQL schema (H2 reads it too), filled in batches: one ACL per child. */
  private static void createAclSchema(DataSource dataSource, City city, boolean indexed) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("create table acl_sid(id bigserial not null primary key, principal boolean not null, "
            + "sid varchar(100) not null, constraint unique_uk_1 unique(sid,principal))");
        s.execute("create table acl_class(id bigserial not null primary key, class varchar(100) not null, "
            + "class_id_type varchar(100), constraint unique_uk_2 unique(class))");
        s.execute("create table acl_object_identity(id bigserial primary key, object_id_class bigint not null, "
            + "object_id_identity varchar(36) not null, parent_object bigint, owner_sid bigint, "
            + "entries_inheriting boolean not null, constraint unique_uk_3 unique(object_id_class,object_id_identity), "
            + "constraint foreign_fk_1 foreign key(parent_object) references acl_object_identity(id), "
            + "constraint foreign_fk_2 foreign key(object_id_class) references acl_class(id), "
            + "constraint foreign_fk_3 foreign key(owner_sid) references acl_sid(id))");
        s.execute("create table acl_entry(id bigserial primary key, acl_object_identity bigint not null, "
            + "ace_order int not null, sid bigint not null, mask integer not null, granting boolean not null, "
            + "audit_success boolean not null, audit_failure boolean not null, "
            + "constraint unique_uk_4 unique(acl_object_identity,ace_order), "
            + "constraint foreign_fk_4 foreign key(acl_object_identity) references acl_object_identity(id), "
            + "constraint foreign_fk_5 foreign key(sid) references acl_sid(id))");
        if (indexed) {
          // Spring's lookup filters on the identity alone (the class is joined); its unique key
          // leads with the class, so without this H2 scans every object identity.
          s.execute("create index acl_object_identity_by_identity on acl_object_identity (object_id_identity)");
        }
        s.execute("insert into acl_class (id, class) values (1, 'pupil')");
        // Every child's ACL is owned by the school: Spring requires an owner.
        s.execute("insert into acl_sid (id, principal, sid) values (0, true, 'school')");
      }
      Map<String, Long> sids = new HashMap<>();
      try (PreparedStatement sid = c.prepareStatement("insert into acl_sid (id, principal, sid) values (?, true, ?)");
          PreparedStatement oid = c.prepareStatement("insert into acl_object_identity (id, object_id_class, "
              + "object_id_identity, owner_sid, entries_inheriting) values (?, 1, ?, 0, false)");
          PreparedStatement ace = c.prepareStatement("insert into acl_entry (id, acl_object_identity, ace_order, "
              + "sid, mask, granting, audit_success, audit_failure) values (?, ?, ?, ?, 1, true, false, false)")) {
        long entries = 0;
        for (Map.Entry<PupilRecordId, List<String>> child : readers(city).entrySet()) {
          long id = Long.parseLong(child.getKey().value().substring(1)) + 1;
          for (String reader : child.getValue()) {
            Long known = sids.get(reader);
            if (known == null) {
              known = sids.size() + 1L;
              sids.put(reader, known);
              sid.setLong(1, known);
              sid.setString(2, reader);
              sid.addBatch();
            }
          }
          sid.executeBatch();
          oid.setLong(1, id);
          oid.setString(2, String.valueOf(id - 1));
          oid.addBatch();
          int order = 0;
          for (String reader : child.getValue()) {
            ace.setLong(1, ++entries);
            ace.setLong(2, id);
            ace.setInt(3, order++);
            ace.setLong(4, sids.getOrDefault(reader, 0L));
            ace.addBatch();
          }
          if (id % 1_000 == 0) {
            oid.executeBatch();
            ace.executeBatch();
          }
        }
        oid.executeBatch();
        ace.executeBatch();
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load the ACL tables", e);
    }
  }

  /** No cache: every question goes to the database, as the library's decisions do. */
  private static final class NoAclCache implements AclCache {
    @Override
    public void evictFromCache(Serializable pk) {}

    @Override
    public void evictFromCache(ObjectIdentity objectIdentity) {}

    @Override
    public @Nullable MutableAcl getFromCache(ObjectIdentity objectIdentity) {
      return null;
    }

    @Override
    public @Nullable MutableAcl getFromCache(Serializable pk) {
      return null;
    }

    @Override
    public void putInCache(MutableAcl acl) {}

    @Override
    public void clearCache() {}
  }
}
