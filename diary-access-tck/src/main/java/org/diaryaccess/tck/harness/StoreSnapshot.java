package org.diaryaccess.tck.harness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;

/**
 * Everything a store holds about some citizens and children, read through the ports: equal
 * snapshots mean nothing observable changed. Refusals are left out of the audit part, as the
 * library audits them by design.
 *
 * @param citizens the citizens, by the ids asked for
 * @param records the records, by the ids asked for
 * @param invitations every invitation each citizen sent, in every state
 * @param liveGrants every live grant
 * @param grants every grant a command's audit entry names, ended ones included, in its current state
 * @param undelivered messages waiting in the outbox
 * @param oldestUndelivered when the oldest of them was stored
 * @param done audit entries of commands that did what was asked
 */
public record StoreSnapshot(List<Optional<Citizen>> citizens, List<Optional<PupilRecord>> records,
    List<Invitation> invitations, List<Grant> liveGrants, List<Optional<Grant>> grants, int undelivered,
    Optional<Instant> oldestUndelivered, List<AuditEntry> done) {

  /** Nothing at all. */
  public static final StoreSnapshot EMPTY =
      new StoreSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), 0, Optional.empty(), List.of());

  /**
   * Reads a snapshot.
   *
   * @param store the store
   * @param citizens whose profiles and invitations
   * @param pupils whose records
   * @return the snapshot
   */
  public static StoreSnapshot of(DiaryStore store, List<CitizenId> citizens, List<PupilRecordId> pupils) {
    return store.unitOfWork().read(() -> {
      List<Invitation> invitations = new ArrayList<>();
      for (CitizenId citizen : citizens) {
        invitations.addAll(all(page -> store.invitations().sentBy(citizen, EnumSet.allOf(InvitationState.class),
            Instant.EPOCH, page)));
      }
      List<AuditEntry> done = all(page -> store.auditLog().read(page)).stream()
          .filter(e -> e.outcome() == AuditOutcome.DONE).toList();
      return new StoreSnapshot(
          citizens.stream().map(id -> store.citizens().findById(id)).toList(),
          pupils.stream().map(id -> store.schoolRegister().findById(id)).toList(),
          invitations,
          all(page -> store.grants().live(page)),
          done.stream().map(AuditEntry::grant).filter(Objects::nonNull).distinct().sorted(
              Comparator.comparing(GrantId::value)).map(id -> store.grants().findById(id)).toList(),
          store.outbox().undelivered(),
          store.outbox().oldestUndelivered(),
          done);
    });
  }

  private static <T> List<T> all(Function<PageRequest, Page<T>> read) {
    List<T> items = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<T> page = read.apply(request);
      items.addAll(page.items());
      if (page.next().isEmpty()) {
        return items;
      }
      request = PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT);
    }
  }
}
