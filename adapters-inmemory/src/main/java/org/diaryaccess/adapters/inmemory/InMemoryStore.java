package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditSeal;
import org.diaryaccess.spi.audit.SealedEntry;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.delivery.OutboxMessage;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.TransientStorageException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/**
 * All storage ports in memory, behind one {@link ReentrantReadWriteLock}: writers are serial,
 * readers share. A unit of work that throws is undone: every write records its inverse, and the
 * inverses run in reverse order. Contact look-ups use hash indexes kept up to date by every
 * write; a bulk upsert of the school register takes the lock once.
 *
 * <p>A decision ({@link AccessFacts#load}) takes no lock: it reads concurrent maps of immutable
 * values and keeps what it read only if no unit of work wrote meanwhile (a sequence lock); if
 * one did, it reads again under the lock. Live grants and pending invitations have indexes of
 * their own, so neither a decision nor the invitation rule reads a person's history.
 *
 * <pre>{@code
 * InMemoryStore store = new InMemoryStore();
 * store.citizens().save(vasilisa);
 * store.schoolRegister().upsert(List.of(anton));
 * DiaryAccess access = DiaryAccess.builder().store(store)...build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InMemoryStore implements DiaryStore {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  /** The undo journal of the unit of work this thread runs in this store; one per store, as stores are few. */
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable Deque<Runnable>> undo = new ThreadLocal<>();

  /**
   * Odd while a unit of work writes, moved on as it begins and as it ends: a read without the
   * lock is kept only if this did not move meanwhile. Written only under the write lock.
   */
  private volatile long writes;

  // What a decision reads without the lock: concurrent maps of immutable values.
  private final Map<CitizenId, Citizen> citizens = new ConcurrentHashMap<>();
  private final Map<PupilRecordId, PupilRecord> records = new ConcurrentHashMap<>();
  /** Each trustee's live grants, in grant-id order; a list is replaced, never changed. */
  private final Map<CitizenId, ImmutableList<Grant>> liveByTrustee = new ConcurrentHashMap<>();

  private final Map<ContactValue, Set<CitizenId>> citizensByContact = new HashMap<>();
  private final Map<ContactValue, Set<PupilRecordId>> recordsByContact = new HashMap<>();
  private final NavigableMap<InvitationId, Invitation> invitations = new TreeMap<>();
  private final Map<CitizenId, Set<InvitationId>> invitationsByInviter = new HashMap<>();
  private final Map<CitizenId, Set<InvitationId>> invitationsByInvitee = new HashMap<>();
  private final NavigableMap<GrantId, Grant> grants = new TreeMap<>();
  /** Each child's live grants, in grant-id order. */
  private final Map<PupilRecordId, ImmutableList<Grant>> liveByPupil = new HashMap<>();
  /** Each child's pending invitations (expired or not). */
  private final Map<PupilRecordId, Set<InvitationId>> pendingByPupil = new HashMap<>();
  /** How many invitations each inviter sent at each instant: the rate limit counts a window of it. */
  private final Map<CitizenId, NavigableMap<Instant, Integer>> sentByInviter = new HashMap<>();
  /** Each invitee's declined invitations. */
  private final Map<CitizenId, Set<InvitationId>> declinedByInvitee = new HashMap<>();
  private final Map<String, OutboxMessage> outbox = new LinkedHashMap<>();
  private final List<AuditEntry> audit = new ArrayList<>();
  private final Map<Long, AuditSeal> seals = new HashMap<>();
  /** Chain position to sequence. */
  private final NavigableMap<Long, Long> chain = new TreeMap<>();

  private final InMemoryCitizens citizensPort = new InMemoryCitizens();
  private final InMemorySchoolRegister registerPort = new InMemorySchoolRegister();
  private final InMemoryInvitations invitationsPort = new InMemoryInvitations();
  private final InMemoryGrants grantsPort = new InMemoryGrants();
  private final InMemoryOutbox outboxPort = new InMemoryOutbox();
  private final InMemoryAuditLog auditPort = new InMemoryAuditLog();
  private final InMemoryDiaryViews viewsPort = new InMemoryDiaryViews();
  private final AccessFacts accessFacts = new InMemoryAccessFacts();
  private final UnitOfWork unitOfWork = new UnitOfWork() {
    @Override
    public <T> T write(Supplier<T> work) {
      return InMemoryStore.this.write(work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
      return InMemoryStore.this.read(work);
    }
  };

  /** An empty store. */
  public InMemoryStore() {}

  @Override
  public InMemoryCitizens citizens() {
    return citizensPort;
  }

  @Override
  public InMemorySchoolRegister schoolRegister() {
    return registerPort;
  }

  @Override
  public Invitations invitations() {
    return invitationsPort;
  }

  @Override
  public Grants grants() {
    return grantsPort;
  }

  @Override
  public Outbox outbox() {
    return outboxPort;
  }

  @Override
  public AuditLog auditLog() {
    return auditPort;
  }

  @Override
  public DiaryViews diaryViews() {
    return viewsPort;
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /** Reads each decision's facts under the lock once, straight from the maps. */
  @Override
  public AccessFacts accessFacts() {
    return accessFacts;
  }

  // ---- locking and undo ----

  private <T> T write(Supplier<T> work) {
    lock.writeLock().lock();
    Deque<Runnable> outer = undo.get();
    if (outer == null) {
      writes = writes + 1;
    }
    Deque<Runnable> journal = new ArrayDeque<>();
    undo.set(journal);
    try {
      T result = work.get();
      if (outer != null) {
        // Nested unit of work: its undo belongs to the enclosing one.
        journal.descendingIterator().forEachRemaining(outer::push);
      }
      return result;
    } catch (RuntimeException | Error e) {
      while (!journal.isEmpty()) {
        journal.pop().run();
      }
      throw e;
    } finally {
      undo.set(outer);
      if (outer == null) {
        writes = writes + 1;
      }
      lock.writeLock().unlock();
    }
  }

  private <T> T read(Supplier<T> work) {
    if (lock.isWriteLockedByCurrentThread()) {
      return work.get();
    }
    lock.readLock().lock();
    try {
      return work.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a mutation with its inverse recorded, inside the current unit of work or a new one. */
  private void mutate(Runnable change, Runnable inverse) {
    write(() -> {
      change.run();
      Deque<Runnable> journal = undo.get();
      checkState(journal != null, "no journal inside a write");
      journal.push(inverse);
      return null;
    });
  }

  private static <K, V> void index(Map<K, Set<V>> index, K key, V value) {
    index.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
  }

  private static <K, V> void unindex(Map<K, Set<V>> index, K key, V value) {
    Set<V> values = index.get(key);
    if (values != null) {
      values.remove(value);
      if (values.isEmpty()) {
        index.remove(key);
      }
    }
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

  private static <K extends Comparable<K>, V> Page<V> page(
      NavigableMap<K, V> source, Collection<K> keys, @Nullable String after, Function<String, K> parse,
      int limit, Predicate<V> filter) {
    TreeSet<K> sorted = new TreeSet<>(keys);
    Iterable<K> from = after == null ? sorted : sorted.tailSet(cursor(after, parse), false);
    List<V> items = new ArrayList<>();
    K last = null;
    for (K key : from) {
      V value = source.get(key);
      if (value == null || !filter.test(value)) {
        continue;
      }
      if (items.size() == limit) {
        return new Page<>(items, String.valueOf(last));
      }
      items.add(value);
      last = key;
    }
    return Page.last(items);
  }

  private static <T> T cursor(@Nullable String after, Function<String, T> parse) {
    try {
      return parse.apply(checkNotNull(after));
    } catch (InvalidInputException | NumberFormatException e) {
      throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
    }
  }

  // ---- access facts ----

  /**
   * A decision's facts in one read of the maps, with no stream and no lock: this is the path of
   * every diary page view. The two lists read through the ports, under one read lock.
   */
  private final class InMemoryAccessFacts implements AccessFacts {
    private final AccessFacts composed = AccessFacts.composedOf(citizensPort, registerPort, grantsPort);

    /** Read optimistically, kept if no unit of work wrote meanwhile; otherwise read under the lock. */
    @Override
    public Facts load(CitizenId citizenId, PupilRecordId pupilId) {
      long before = writes;
      if ((before & 1L) == 0) {
        Facts facts = facts(citizenId, pupilId);
        // The reads above happen before the check below (as in StampedLock.validate).
        VarHandle.acquireFence();
        if (writes == before) {
          return facts;
        }
      }
      return read(() -> facts(citizenId, pupilId));
    }

    @Override
    public boolean loadIsAtomic() {
      return true;
    }

    private Facts facts(CitizenId citizenId, PupilRecordId pupilId) {
      Citizen citizen = citizens.get(citizenId);
      if (citizen == null) {
        return Facts.unknownCitizen();
      }
      PupilRecord record = records.get(pupilId);
      ImmutableList<Grant> held = liveByTrustee.get(citizenId);
      if (held == null) {
        return new Facts(citizen, record, List.of(), Map.of());
      }
      List<Grant> live = new ArrayList<>(held.size());
      Map<CitizenId, Citizen> grantors = new HashMap<>();
      for (Grant grant : held) {
        if (grant.pupil().equals(pupilId)) {
          live.add(grant);
          Citizen grantor = citizens.get(grant.grantor());
          if (grantor != null) {
            grantors.put(grantor.id(), grantor);
          }
        }
      }
      return new Facts(citizen, record, live, grantors);
    }

    @Override
    public CitizenFacts forCitizen(CitizenId citizen, Set<ContactField> keys) {
      return read(() -> composed.forCitizen(citizen, keys));
    }

    @Override
    public PupilFacts forPupil(PupilRecordId pupil, Set<ContactField> keys) {
      return read(() -> composed.forPupil(pupil, keys));
    }
  }

  // ---- citizens ----

  /** The portal's registry in memory: the library reads it, the host saves profiles into it. */
  public final class InMemoryCitizens implements Citizens {
    private InMemoryCitizens() {}

    @Override
    public Optional<Citizen> findById(CitizenId id) {
      return read(() -> Optional.ofNullable(citizens.get(id)));
    }

    @Override
    public List<Citizen> findByContact(ContactValue value) {
      return read(() -> citizensByContact.getOrDefault(value, Set.of()).stream().map(citizens::get).toList());
    }

    /**
     * Registers or replaces many citizens in one unit of work.
     *
     * @param citizens the citizens as the portal now holds them
     */
    @Override
    public void saveAll(Collection<Citizen> citizens) {
      checkNotNull(citizens, "citizens");
      checkArgument(citizens.stream().map(Citizen::id).distinct().count() == citizens.size(),
          "a batch holds at most one citizen per id");
      write(() -> {
        citizens.forEach(this::save);
        return null;
      });
    }

    /**
     * Registers a citizen or replaces their profile.
     *
     * @param citizen the citizen as the portal now holds them
     */
    @Override
    public void save(Citizen citizen) {
      checkNotNull(citizen, "citizen");
      write(() -> {
        Citizen previous = citizens.get(citizen.id());
        mutate(() -> putCitizen(citizen), () -> {
          removeCitizen(citizen.id());
          if (previous != null) {
            putCitizen(previous);
          }
        });
        return null;
      });
    }

    private void putCitizen(Citizen citizen) {
      removeCitizen(citizen.id());
      citizens.put(citizen.id(), citizen);
      citizen.contacts().values().forEach(v -> index(citizensByContact, v, citizen.id()));
    }

    private void removeCitizen(CitizenId id) {
      Citizen old = citizens.remove(id);
      if (old != null) {
        old.contacts().values().forEach(v -> unindex(citizensByContact, v, id));
      }
    }

    /**
     * How many citizens are registered.
     *
     * @return how many citizens are registered
     */
    public int size() {
      return read(citizens::size);
    }
  }

  // ---- school register ----

  /** The school register in memory, indexed by every valid contact of every entry. */
  public final class InMemorySchoolRegister implements SchoolRegister {
    private InMemorySchoolRegister() {}

    @Override
    public Optional<PupilRecord> findById(PupilRecordId id) {
      return read(() -> Optional.ofNullable(records.get(id)));
    }

    @Override
    public List<PupilRecord> findByContact(ContactValue value) {
      return read(() -> recordsByContact.getOrDefault(value, Set.of()).stream().map(records::get).toList());
    }

    @Override
    public void upsert(Collection<PupilRecord> batch) {
      checkNotNull(batch, "records");
      List<PupilRecord> copy = ImmutableList.copyOf(batch);
      checkArgument(copy.stream().map(PupilRecord::id).distinct().count() == copy.size(),
          "a batch holds at most one record per id");
      write(() -> {
        for (PupilRecord record : copy) {
          PupilRecord previous = records.get(record.id());
          if (record.sameAsWritten(previous)) {
            // The night's import re-sends the whole register; only what changed is re-indexed.
            continue;
          }
          mutate(() -> putRecord(record), () -> {
            removeRecord(record.id());
            if (previous != null) {
              putRecord(previous);
            }
          });
        }
        return null;
      });
    }

    private void putRecord(PupilRecord record) {
      removeRecord(record.id());
      records.put(record.id(), record);
      contactsOf(record).forEach(c -> c.values().forEach(v -> index(recordsByContact, v, record.id())));
    }

    private void removeRecord(PupilRecordId id) {
      PupilRecord old = records.remove(id);
      if (old != null) {
        contactsOf(old).forEach(c -> c.values().forEach(v -> unindex(recordsByContact, v, id)));
      }
    }

    private List<Contacts> contactsOf(PupilRecord record) {
      List<Contacts> all = new ArrayList<>();
      all.add(record.contacts());
      record.representatives().stream().map(LegalRepresentative::contacts).forEach(all::add);
      return all;
    }

    /**
     * How many records are held.
     *
     * @return how many records are held
     */
    public int size() {
      return read(records::size);
    }
  }

  // ---- invitations ----

  private final class InMemoryInvitations implements Invitations {
    @Override
    public Optional<Invitation> findById(InvitationId id) {
      return read(() -> Optional.ofNullable(invitations.get(id)));
    }

    @Override
    public void insert(Invitation invitation) {
      checkNotNull(invitation, "invitation");
      write(() -> {
        checkState(!invitations.containsKey(invitation.id()), "invitation %s exists", invitation.id());
        mutate(() -> putInvitation(invitation), () -> removeInvitation(invitation));
        return null;
      });
    }

    @Override
    public void update(Invitation invitation) {
      checkNotNull(invitation, "invitation");
      write(() -> {
        Invitation stored = invitations.get(invitation.id());
        if (stored == null || stored.version() != invitation.version() - 1) {
          throw TransientStorageException.concurrentUpdate();
        }
        mutate(() -> {
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
      checkState(lock.isWriteLockedByCurrentThread(), "lockForSending belongs inside a unit of work");
    }

    @Override
    public List<Invitation> pendingFor(PupilRecordId pupil) {
      return read(() -> pendingByPupil.getOrDefault(pupil, Set.of()).stream().map(invitations::get).toList());
    }

    @Override
    public int countSentSince(CitizenId inviter, Instant since) {
      return read(() -> sentByInviter.getOrDefault(inviter, new TreeMap<>()).tailMap(since, true).values().stream()
          .mapToInt(Integer::intValue).sum());
    }

    @Override
    public List<Instant> declinedSince(CitizenId invitee, CitizenId inviter, PupilRecordId pupil, Instant since) {
      return read(() -> declinedByInvitee.getOrDefault(invitee, Set.of()).stream()
          .map(invitations::get)
          .filter(i -> i.inviter().equals(inviter)
              && i.pupils().contains(pupil) && i.answeredAt() != null && !i.answeredAt().isBefore(since))
          .map(i -> checkNotNull(i.answeredAt()))
          .sorted()
          .toList());
    }

    @Override
    public Page<Invitation> sentBy(CitizenId inviter, Set<InvitationState> states, Instant asOf, PageRequest page) {
      return read(() -> page(invitations, invitationsByInviter.getOrDefault(inviter, Set.of()), page.after(),
          InvitationId::of, page.limit(), i -> states.isEmpty() || states.contains(i.stateAt(asOf))));
    }

    @Override
    public Page<Invitation> receivedBy(CitizenId invitee, Set<InvitationState> states, Instant asOf,
        PageRequest page) {
      return read(() -> page(invitations, invitationsByInvitee.getOrDefault(invitee, Set.of()), page.after(),
          InvitationId::of, page.limit(), i -> states.isEmpty() || states.contains(i.stateAt(asOf))));
    }

    @Override
    public List<Invitation> pendingExpiredAt(Instant now, int limit) {
      return read(() -> invitations.values().stream()
          .filter(i -> i.isExpiredAt(now))
          .limit(limit)
          .toList());
    }
  }

  // ---- grants ----

  private final class InMemoryGrants implements Grants {
    @Override
    public Optional<Grant> findById(GrantId id) {
      return read(() -> Optional.ofNullable(grants.get(id)));
    }

    @Override
    public void insert(Grant grant) {
      checkNotNull(grant, "grant");
      write(() -> {
        checkState(!grants.containsKey(grant.id()), "grant %s exists", grant.id());
        mutate(() -> putGrant(grant), () -> removeGrant(grant));
        return null;
      });
    }

    @Override
    public void update(Grant grant) {
      checkNotNull(grant, "grant");
      write(() -> {
        Grant stored = grants.get(grant.id());
        if (stored == null || stored.version() != grant.version() - 1) {
          throw TransientStorageException.concurrentUpdate();
        }
        mutate(() -> putGrant(grant), () -> putGrant(stored));
        return null;
      });
    }

    private void putGrant(Grant grant) {
      Grant previous = grants.put(grant.id(), grant);
      if (previous != null) {
        unindexLive(previous);
      }
      if (grant.isLive()) {
        liveByTrustee.merge(grant.trustee(), ImmutableList.of(grant), InMemoryStore::inIdOrder);
        liveByPupil.merge(grant.pupil(), ImmutableList.of(grant), InMemoryStore::inIdOrder);
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
      return read(() -> liveByTrustee.getOrDefault(trustee, ImmutableList.of()).stream()
          .filter(g -> g.pupil().equals(pupil))
          .toList());
    }

    @Override
    public List<Grant> liveForTrustee(CitizenId trustee) {
      return read(() -> liveByTrustee.getOrDefault(trustee, ImmutableList.of()));
    }

    @Override
    public List<Grant> liveForPupil(PupilRecordId pupil) {
      return read(() -> liveByPupil.getOrDefault(pupil, ImmutableList.of()));
    }

    @Override
    public List<Grant> endedForTrustee(CitizenId trustee, Instant since, int limit) {
      checkArgument(limit >= 0, "limit %s is negative", limit);
      return read(() -> grants.values().stream()
          .filter(g -> g.trustee().equals(trustee) && !g.isLive() && !checkNotNull(g.endedAt()).isBefore(since))
          .sorted(Comparator.comparing((Grant g) -> checkNotNull(g.endedAt())).reversed().thenComparing(Grant::id))
          .limit(limit)
          .toList());
    }

    @Override
    public Page<Grant> live(PageRequest page) {
      return read(() -> page(grants, grants.keySet(), page.after(), GrantId::of, page.limit(), Grant::isLive));
    }

    @Override
    public Page<Grant> provisioningOverdue(Instant now, PageRequest page) {
      return read(() -> page(grants, grants.keySet(), page.after(), GrantId::of, page.limit(),
          g -> g.isOverdueAt(now)));
    }

    @Override
    public int countProvisioningOverdue(Instant now) {
      return read(() -> (int) grants.values().stream().filter(g -> g.isOverdueAt(now)).count());
    }
  }

  // ---- outbox ----

  private final class InMemoryOutbox implements Outbox {
    private final Set<String> delivered = new HashSet<>();

    @Override
    public void enqueue(OutboxMessage message) {
      checkNotNull(message, "message");
      write(() -> {
        checkState(!outbox.containsKey(message.id()) && !delivered.contains(message.id()),
            "message %s exists", message.id());
        mutate(() -> outbox.put(message.id(), message), () -> outbox.remove(message.id()));
        return null;
      });
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
      checkArgument(leaseUntil.isAfter(now), "lease %s is not after %s", leaseUntil, now);
      return write(() -> {
        List<OutboxMessage> claimed = new ArrayList<>();
        for (OutboxMessage message : List.copyOf(outbox.values())) {
          if (claimed.size() == limit) {
            break;
          }
          if (!message.nextAttemptAt().isAfter(now)) {
            OutboxMessage leased = message.leasedUntil(leaseUntil);
            mutate(() -> outbox.put(message.id(), leased), () -> outbox.put(message.id(), message));
            claimed.add(leased);
          }
        }
        return claimed;
      });
    }

    /** The message, if it is undelivered and claimed until exactly {@code heldUntil}. */
    private @Nullable OutboxMessage held(String id, Instant heldUntil) {
      OutboxMessage message = outbox.get(id);
      return message != null && message.nextAttemptAt().equals(heldUntil) ? message : null;
    }

    @Override
    public boolean renewLease(String id, Instant heldUntil, Instant leaseUntil) {
      checkArgument(leaseUntil.isAfter(heldUntil), "lease %s is not after %s", leaseUntil, heldUntil);
      return write(() -> {
        OutboxMessage message = held(id, heldUntil);
        if (message == null) {
          return false;
        }
        mutate(() -> outbox.put(id, message.leasedUntil(leaseUntil)), () -> outbox.put(id, message));
        return true;
      });
    }

    @Override
    public boolean markDelivered(String id, Instant heldUntil, Instant at) {
      return write(() -> {
        OutboxMessage message = held(id, heldUntil);
        if (message == null) {
          return false;
        }
        mutate(() -> {
          outbox.remove(id);
          delivered.add(id);
        }, () -> {
          delivered.remove(id);
          outbox.put(id, message);
        });
        return true;
      });
    }

    @Override
    public boolean markFailed(String id, Instant heldUntil, int attempts, Instant nextAttemptAt, String error) {
      checkNotNull(error, "error");
      return write(() -> {
        OutboxMessage message = held(id, heldUntil);
        if (message == null) {
          return false;
        }
        OutboxMessage failed = new OutboxMessage(message.id(), message.topic(), message.recipient(),
            message.invitation(), message.grant(), message.createdAt(), attempts, nextAttemptAt, error);
        mutate(() -> outbox.put(id, failed), () -> outbox.put(id, message));
        return true;
      });
    }

    @Override
    public int undelivered() {
      return read(outbox::size);
    }

    @Override
    public Optional<Instant> oldestUndelivered() {
      return read(() -> outbox.values().stream().map(OutboxMessage::createdAt).min(Comparator.naturalOrder()));
    }
  }

  // ---- audit ----

  private final class InMemoryAuditLog implements AuditLog {
    @Override
    public AuditEntry append(AuditEntry entry) {
      checkNotNull(entry, "entry");
      return write(() -> {
        AuditEntry stored = entry.at(audit.size() + 1L);
        mutate(() -> audit.add(stored), () -> audit.remove(audit.size() - 1));
        return stored;
      });
    }

    @Override
    public Page<AuditEntry> read(PageRequest page) {
      return InMemoryStore.this.read(() -> {
        long after = page.after() == null ? 0 : cursor(page.after(), Long::parseLong);
        if (after < 0) {
          throw InvalidInputException.of("after", ReasonCode.INVALID_PAGE);
        }
        int from = (int) Math.min(after, audit.size());
        int to = Math.min(from + page.limit(), audit.size());
        List<AuditEntry> items = List.copyOf(audit.subList(from, to));
        return to < audit.size() ? new Page<>(items, String.valueOf(to)) : Page.last(items);
      });
    }

    @Override
    public void lockForSealing() {
      checkState(lock.isWriteLockedByCurrentThread(), "lockForSealing belongs inside a unit of work");
    }

    @Override
    public Optional<AuditSeal> lastSeal() {
      return InMemoryStore.this.read(() -> chain.isEmpty()
          ? Optional.<AuditSeal>empty() : Optional.ofNullable(seals.get(chain.lastEntry().getValue())));
    }

    @Override
    public List<AuditEntry> unsealed(int limit) {
      checkArgument(limit > 0, "limit %s", limit);
      return InMemoryStore.this.read(() -> audit.stream()
          .filter(e -> !seals.containsKey(e.sequence())).limit(limit).toList());
    }

    @Override
    public int countUnsealed() {
      return InMemoryStore.this.read(() -> audit.size() - seals.size());
    }

    @Override
    public void seal(long sequence, AuditSeal seal) {
      checkNotNull(seal, "seal");
      write(() -> {
        checkState(sequence >= 1 && sequence <= audit.size(), "no audit entry %s", sequence);
        checkState(!seals.containsKey(sequence), "audit entry %s is already sealed", sequence);
        checkState(!chain.containsKey(seal.position()), "chain position %s is taken", seal.position());
        mutate(() -> {
          seals.put(sequence, seal);
          chain.put(seal.position(), sequence);
        }, () -> {
          seals.remove(sequence);
          chain.remove(seal.position());
        });
        return null;
      });
    }

    @Override
    public Page<SealedEntry> chain(PageRequest page) {
      return InMemoryStore.this.read(() -> {
        long after = page.after() == null ? 0 : cursor(page.after(), Long::parseLong);
        List<SealedEntry> items = new ArrayList<>();
        for (Map.Entry<Long, Long> link : chain.tailMap(after, false).entrySet()) {
          if (items.size() == page.limit()) {
            return new Page<>(items, String.valueOf(items.get(items.size() - 1).seal().position()));
          }
          items.add(new SealedEntry(audit.get((int) (link.getValue() - 1)), checkNotNull(seals.get(link.getValue()))));
        }
        return Page.last(items);
      });
    }
  }
}
