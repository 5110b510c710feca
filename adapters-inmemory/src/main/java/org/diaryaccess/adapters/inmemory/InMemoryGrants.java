package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static org.diaryaccess.adapters.inmemory.Pages.page;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.jspecify.annotations.Nullable;

/** Grants in memory, with each trustee's and each child's live grants indexed in grant-id order. */
final class InMemoryGrants implements Grants {
  private final InMemoryUnitOfWork unitOfWork;
  private final NavigableMap<GrantId, Grant> grants = new TreeMap<>();
  /** Each trustee's live grants, in grant-id order; a list is replaced, never changed, so a decision reads it without the lock. */
  private final Map<CitizenId, ImmutableList<Grant>> liveByTrustee = new ConcurrentHashMap<>();
  /** Each child's live grants, in grant-id order. */
  private final Map<PupilRecordId, ImmutableList<Grant>> liveByPupil = new HashMap<>();

  InMemoryGrants(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** The trustee's live grants, read without the lock (for {@link InMemoryAccessFacts}). */
  @Nullable ImmutableList<Grant> liveUnlocked(CitizenId trustee) {
    return liveByTrustee.get(trustee);
  }

  /** Two lists of live grants as one, in grant-id order (the merge function of the live indexes). */
  private static ImmutableList<Grant> inIdOrder(List<Grant> held, List<Grant> added) {
    return ImmutableList.sortedCopyOf(Comparator.comparing(Grant::id),
        ImmutableList.<Grant>builder().addAll(held).addAll(added).build());
  }

  /** A list of live grants without one; {@code null} (the entry removed) if none is left. */
  private static @Nullable ImmutableList<Grant> without(ImmutableList<Grant> live, GrantId id) {
    ImmutableList<Grant> rest = live.stream().filter(g -> !g.id().equals(id)).collect(ImmutableList.toImmutableList());
    return rest.isEmpty() ? null : rest;
  }

  @Override
  public Optional<Grant> findById(GrantId id) {
    return unitOfWork.read(() -> Optional.ofNullable(grants.get(id)));
  }

  @Override
  public void insert(Grant grant) {
    checkNotNull(grant, "grant");
    unitOfWork.write(() -> {
      checkState(!grants.containsKey(grant.id()), "grant %s exists", grant.id());
      unitOfWork.mutate(() -> putGrant(grant), () -> removeGrant(grant));
      return null;
    });
  }

  @Override
  public void update(Grant grant) {
    checkNotNull(grant, "grant");
    unitOfWork.write(() -> {
      Grant stored = grants.get(grant.id());
      if (stored == null || stored.version() != grant.version() - 1) {
        throw TransientStorageException.concurrentUpdate();
      }
      unitOfWork.mutate(() -> putGrant(grant), () -> putGrant(stored));
      return null;
    });
  }

  private void putGrant(Grant grant) {
    Grant previous = grants.put(grant.id(), grant);
    if (previous != null) {
      unindexLive(previous);
    }
    if (grant.isLive()) {
      liveByTrustee.merge(grant.trustee(), ImmutableList.of(grant), InMemoryGrants::inIdOrder);
      liveByPupil.merge(grant.pupil(), ImmutableList.of(grant), InMemoryGrants::inIdOrder);
    }
  }

  private void removeGrant(Grant grant) {
    Grant previous = grants.remove(grant.id());
    if (previous != null) {
      unindexLive(previous);
    }
  }

  private void unindexLive(Grant grant) {
    liveByTrustee.computeIfPresent(grant.trustee(), (k, live) -> without(live, grant.id()));
    liveByPupil.computeIfPresent(grant.pupil(), (k, live) -> without(live, grant.id()));
  }

  @Override
  public List<Grant> liveFor(CitizenId trustee, PupilRecordId pupil) {
    return unitOfWork.read(() -> liveByTrustee.getOrDefault(trustee, ImmutableList.of()).stream()
        .filter(g -> g.pupil().equals(pupil))
        .toList());
  }

  @Override
  public List<Grant> liveForTrustee(CitizenId trustee) {
    return unitOfWork.read(() -> liveByTrustee.getOrDefault(trustee, ImmutableList.of()));
  }

  @Override
  public List<Grant> liveForPupil(PupilRecordId pupil) {
    return unitOfWork.read(() -> liveByPupil.getOrDefault(pupil, ImmutableList.of()));
  }

  @Override
  public List<Grant> endedForTrustee(CitizenId trustee, Instant since, int limit) {
    checkArgument(limit >= 0, "limit %s is negative", limit);
    return unitOfWork.read(() -> grants.values().stream()
        .filter(g -> g.trustee().equals(trustee) && !g.isLive() && !checkNotNull(g.endedAt()).isBefore(since))
        .sorted(Comparator.comparing((Grant g) -> checkNotNull(g.endedAt())).reversed().thenComparing(Grant::id))
        .limit(limit)
        .toList());
  }

  @Override
  public Page<Grant> live(PageRequest page) {
    return unitOfWork.read(() -> page(grants, grants.keySet(), page.after(), GrantId::of, page.limit(), Grant::isLive));
  }

  @Override
  public Page<Grant> provisioningOverdue(Instant now, PageRequest page) {
    return unitOfWork.read(() -> page(grants, grants.keySet(), page.after(), GrantId::of, page.limit(),
        g -> g.isOverdueAt(now)));
  }

  @Override
  public int countProvisioningOverdue(Instant now) {
    return unitOfWork.read(() -> (int) grants.values().stream().filter(g -> g.isOverdueAt(now)).count());
  }
}
