package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static org.diaryaccess.adapters.inmemory.Pages.cursor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditSeal;
import org.diaryaccess.spi.audit.SealedEntry;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/** The audit log in memory: entries in sequence order, their seals, and the chain of seals. */
final class InMemoryAuditLog implements AuditLog {
  private final InMemoryUnitOfWork unitOfWork;
  private final List<AuditEntry> audit = new ArrayList<>();
  private final Map<Long, AuditSeal> seals = new HashMap<>();
  /** Chain position to sequence. */
  private final NavigableMap<Long, Long> chain = new TreeMap<>();

  InMemoryAuditLog(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public AuditEntry append(AuditEntry entry) {
    checkNotNull(entry, "entry");
    return unitOfWork.write(() -> {
      AuditEntry stored = entry.at(audit.size() + 1L);
      unitOfWork.mutate(() -> audit.add(stored), () -> audit.remove(audit.size() - 1));
      return stored;
    });
  }

  @Override
  public Page<AuditEntry> read(PageRequest page) {
    return unitOfWork.read(() -> {
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
    checkState(unitOfWork.isWriting(), "lockForSealing belongs inside a unit of work");
  }

  @Override
  public Optional<AuditSeal> lastSeal() {
    return unitOfWork.read(() -> chain.isEmpty()
        ? Optional.<AuditSeal>empty() : Optional.ofNullable(seals.get(chain.lastEntry().getValue())));
  }

  @Override
  public List<AuditEntry> unsealed(int limit) {
    checkArgument(limit > 0, "limit %s", limit);
    return unitOfWork.read(() -> audit.stream()
        .filter(e -> !seals.containsKey(e.sequence())).limit(limit).toList());
  }

  @Override
  public int countUnsealed() {
    return unitOfWork.read(() -> audit.size() - seals.size());
  }

  @Override
  public void seal(long sequence, AuditSeal seal) {
    checkNotNull(seal, "seal");
    unitOfWork.write(() -> {
      checkState(sequence >= 1 && sequence <= audit.size(), "no audit entry %s", sequence);
      checkState(!seals.containsKey(sequence), "audit entry %s is already sealed", sequence);
      checkState(!chain.containsKey(seal.position()), "chain position %s is taken", seal.position());
      unitOfWork.mutate(() -> {
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
    return unitOfWork.read(() -> {
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
