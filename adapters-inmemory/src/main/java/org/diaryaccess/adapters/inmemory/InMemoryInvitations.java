package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static org.diaryaccess.adapters.inmemory.Indexes.index;
import static org.diaryaccess.adapters.inmemory.Indexes.unindex;
import static org.diaryaccess.adapters.inmemory.Pages.page;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/** Invitations in memory, indexed by inviter, invitee, pending child, send time and decline. */
final class InMemoryInvitations implements Invitations {
  private final InMemoryUnitOfWork unitOfWork;
  private final NavigableMap<InvitationId, Invitation> invitations = new TreeMap<>();
  private final Map<CitizenId, Set<InvitationId>> invitationsByInviter = new HashMap<>();
  private final Map<CitizenId, Set<InvitationId>> invitationsByInvitee = new HashMap<>();
  /** Each child's pending invitations (expired or not). */
  private final Map<PupilRecordId, Set<InvitationId>> pendingByPupil = new HashMap<>();
  /** How many invitations each inviter sent at each instant: the rate limit counts a window of it. */
  private final Map<CitizenId, NavigableMap<Instant, Integer>> sentByInviter = new HashMap<>();
  /** Each invitee's declined invitations. */
  private final Map<CitizenId, Set<InvitationId>> declinedByInvitee = new HashMap<>();

  InMemoryInvitations(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<Invitation> findById(InvitationId id) {
    return unitOfWork.read(() -> Optional.ofNullable(invitations.get(id)));
  }

  @Override
  public void insert(Invitation invitation) {
    checkNotNull(invitation, "invitation");
    unitOfWork.write(() -> {
      checkState(!invitations.containsKey(invitation.id()), "invitation %s exists", invitation.id());
      unitOfWork.mutate(() -> putInvitation(invitation), () -> removeInvitation(invitation));
      return null;
    });
  }

  @Override
  public void update(Invitation invitation) {
    checkNotNull(invitation, "invitation");
    unitOfWork.write(() -> {
      Invitation stored = invitations.get(invitation.id());
      if (stored == null || stored.version() != invitation.version() - 1) {
        throw TransientStorageException.concurrentUpdate();
      }
      unitOfWork.mutate(() -> {
        removeInvitation(stored);
        putInvitation(invitation);
      }, () -> {
        removeInvitation(invitation);
        putInvitation(stored);
      });
      return null;
    });
  }

  private void putInvitation(Invitation invitation) {
    invitations.put(invitation.id(), invitation);
    index(invitationsByInviter, invitation.inviter(), invitation.id());
    index(invitationsByInvitee, invitation.invitee(), invitation.id());
    sentByInviter.computeIfAbsent(invitation.inviter(), k -> new TreeMap<>()).merge(invitation.sentAt(), 1, Integer::sum);
    if (invitation.state() == InvitationState.PENDING) {
      invitation.pupils().forEach(p -> index(pendingByPupil, p, invitation.id()));
    } else if (invitation.state() == InvitationState.DECLINED) {
      index(declinedByInvitee, invitation.invitee(), invitation.id());
    }
  }

  private void removeInvitation(Invitation invitation) {
    invitations.remove(invitation.id());
    unindex(invitationsByInviter, invitation.inviter(), invitation.id());
    unindex(invitationsByInvitee, invitation.invitee(), invitation.id());
    NavigableMap<Instant, Integer> sent = checkNotNull(sentByInviter.get(invitation.inviter()));
    sent.computeIfPresent(invitation.sentAt(), (at, count) -> count == 1 ? null : count - 1);
    if (sent.isEmpty()) {
      sentByInviter.remove(invitation.inviter());
    }
    invitation.pupils().forEach(p -> unindex(pendingByPupil, p, invitation.id()));
    unindex(declinedByInvitee, invitation.invitee(), invitation.id());
  }

  @Override
  public void lockForSending(CitizenId inviter, Set<PupilRecordId> pupils) {
    checkState(unitOfWork.isWriting(), "lockForSending belongs inside a unit of work");
  }

  @Override
  public List<Invitation> pendingFor(PupilRecordId pupil) {
    return unitOfWork.read(() -> pendingByPupil.getOrDefault(pupil, Set.of()).stream().map(invitations::get).toList());
  }

  @Override
  public int countSentSince(CitizenId inviter, Instant since) {
    return unitOfWork.read(() -> sentByInviter.getOrDefault(inviter, new TreeMap<>()).tailMap(since, true).values().stream()
        .mapToInt(Integer::intValue).sum());
  }

  @Override
  public List<Instant> declinedSince(CitizenId invitee, CitizenId inviter, PupilRecordId pupil, Instant since) {
    return unitOfWork.read(() -> declinedByInvitee.getOrDefault(invitee, Set.of()).stream()
        .map(invitations::get)
        .filter(i -> i.inviter().equals(inviter)
            && i.pupils().contains(pupil) && i.answeredAt() != null && !i.answeredAt().isBefore(since))
        .map(i -> checkNotNull(i.answeredAt()))
        .sorted()
        .toList());
  }

  @Override
  public Page<Invitation> sentBy(CitizenId inviter, Set<InvitationState> states, Instant asOf, PageRequest page) {
    return unitOfWork.read(() -> page(invitations, invitationsByInviter.getOrDefault(inviter, Set.of()), page.after(),
        InvitationId::of, page.limit(), i -> states.isEmpty() || states.contains(i.stateAt(asOf))));
  }

  @Override
  public Page<Invitation> receivedBy(CitizenId invitee, Set<InvitationState> states, Instant asOf,
      PageRequest page) {
    return unitOfWork.read(() -> page(invitations, invitationsByInvitee.getOrDefault(invitee, Set.of()), page.after(),
        InvitationId::of, page.limit(), i -> states.isEmpty() || states.contains(i.stateAt(asOf))));
  }

  @Override
  public List<Invitation> pendingExpiredAt(Instant now, int limit) {
    return unitOfWork.read(() -> invitations.values().stream()
        .filter(i -> i.isExpiredAt(now))
        .limit(limit)
        .toList());
  }
}
