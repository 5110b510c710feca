package org.diaryaccess.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/**
 * Everything a legal representative's «Доверенные лица» page reads, fetched together: the records
 * the citizen might represent, and for each its live grants and its pending invitations, whatever
 * their state, with everyone they name. The library decides from these which children the citizen
 * currently represents and how each trusted person stands; a store should answer in as few round
 * trips as it can (the JDBC adapter: one query). The default, {@link #composedOf}, asks the
 * separate ports.
 *
 * @since 0.2.0
 */
public interface TrustedPersonFacts {

  /**
   * The facts for one representative's page.
   *
   * @param representative who asks
   * @param keys the contact fields the records are found by (the match policy's)
   * @return the citizen (or {@code null} if unknown, and then nothing else) and one {@link Child}
   *     per record holding one of the citizen's valid contacts in a key field, in record-id order
   */
  Facts load(CitizenId representative, Set<ContactField> keys);

  /**
   * What the page reads.
   *
   * @param citizen the representative, or {@code null} if unknown
   * @param children one entry per record the citizen might represent, in record-id order
   * @param people every citizen the grants and invitations name — trustees, grantors, invitees,
   *     inviters — by id; one no longer registered is absent
   */
  record Facts(@Nullable Citizen citizen, List<Child> children, Map<CitizenId, Citizen> people) {
    /**
     * Copies the collections.
     *
     * @param citizen the representative, or {@code null} if unknown
     * @param children one entry per record the citizen might represent, in record-id order
     * @param people every citizen the grants and invitations name, by id
     */
    public Facts {
      children = ImmutableList.copyOf(children);
      people = ImmutableMap.copyOf(people);
    }

    /**
     * The facts when the representative is unknown: nothing else is read.
     *
     * @return facts with no citizen
     */
    public static Facts unknownCitizen() {
      return new Facts(null, List.of(), Map.of());
    }
  }

  /**
   * One child's part of the page.
   *
   * @param record the pupil record, with its legal representatives
   * @param liveGrants the child's live grants (provisioning or active), in id order
   * @param pendingInvitations the invitations naming the child that are stored as pending, in id
   *     order (one past its expiry among them; the library reads it as expired)
   */
  record Child(PupilRecord record, List<Grant> liveGrants, List<Invitation> pendingInvitations) {
    /**
     * Checks the record and copies the lists.
     *
     * @param record the pupil record, with its legal representatives
     * @param liveGrants the child's live grants, in id order
     * @param pendingInvitations the invitations naming the child stored as pending, in id order
     */
    public Child {
      checkNotNull(record, "record");
      liveGrants = ImmutableList.copyOf(liveGrants);
      pendingInvitations = ImmutableList.copyOf(pendingInvitations);
    }
  }

  /**
   * Facts read through the separate ports: the citizen, the records by each key contact, and per
   * record its live grants and pending invitations, then everyone they name in one call.
   *
   * @param citizens the registry
   * @param register the school register
   * @param invitations the invitations
   * @param grants the grants
   * @return the composed reader
   */
  static TrustedPersonFacts composedOf(Citizens citizens, SchoolRegister register, Invitations invitations,
      Grants grants) {
    checkNotNull(citizens, "citizens");
    checkNotNull(register, "register");
    checkNotNull(invitations, "invitations");
    checkNotNull(grants, "grants");
    return (representative, keys) -> {
      Citizen citizen = citizens.findById(representative).orElse(null);
      if (citizen == null) {
        return Facts.unknownCitizen();
      }
      TreeMap<PupilRecordId, PupilRecord> records = new TreeMap<>();
      for (ContactField key : keys) {
        citizen.contacts().value(key).ifPresent(
            value -> register.findByContact(value).forEach(r -> records.put(r.id(), r)));
      }
      List<Child> children = records.values().stream()
          .map(r -> new Child(r, grants.liveForPupil(r.id()), invitations.pendingFor(r.id())))
          .toList();
      Set<CitizenId> named = new LinkedHashSet<>();
      for (Child child : children) {
        child.liveGrants().forEach(g -> {
          named.add(g.trustee());
          named.add(g.grantor());
        });
        child.pendingInvitations().forEach(i -> {
          named.add(i.invitee());
          named.add(i.inviter());
        });
      }
      ImmutableMap.Builder<CitizenId, Citizen> people = ImmutableMap.builder();
      citizens.findAllById(List.copyOf(named)).forEach(c -> people.put(c.id(), c));
      return new Facts(citizen, children, people.buildKeepingLast());
    };
  }
}
