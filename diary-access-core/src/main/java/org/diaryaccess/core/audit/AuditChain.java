package org.diaryaccess.core.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.diaryaccess.core.support.Commands;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditSeal;
import org.diaryaccess.spi.audit.SealedEntry;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log's hash chain. Each committed entry is sealed, in the order entries become
 * visible, with {@code hash = SHA-256(previous hash, position, the entry's every field)}; the
 * first entry's previous hash is {@link #GENESIS}. Verification recomputes the chain: an entry
 * edited changes its own hash, one deleted leaves a gap in the positions, and one inserted takes
 * a position twice or breaks the next link. Someone able to rewrite the whole chain can forge it;
 * a host that keeps {@link AuditVerification#head()} somewhere else detects that too.
 *
 * <p>Sealing runs in housekeeping, one sealer at a time across instances; appending never waits
 * for it, so commands on different children never contend for the chain.
 *
 * @since 0.1.0
 */
public final class AuditChain {
  /** The hash before the first entry. */
  public static final String GENESIS = "0".repeat(64);
  /** Entries sealed or verified per unit of work. */
  static final int BATCH = 500;

  private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);

  private final Commands commands;
  private final UnitOfWork unitOfWork;
  private final AuditLog auditLog;
  private final AtomicReference<@Nullable AuditVerification> last = new AtomicReference<>();

  /**
   * Creates it with what it uses.
   *
   * @param commands how a sealing unit of work is retried
   * @param unitOfWork where the chain is read
   * @param auditLog the log
   */
  @SuppressWarnings("exports") // only DiaryAccess wires it; Commands stays inside the module
  public AuditChain(Commands commands, UnitOfWork unitOfWork, AuditLog auditLog) {
    this.commands = checkNotNull(commands, "commands");
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.auditLog = checkNotNull(auditLog, "auditLog");
  }

  /**
   * The link after {@code previous} for an entry at a position.
   *
   * @param previous the previous link's hash, or {@link #GENESIS}
   * @param position the entry's place in the chain
   * @param entry the entry
   * @return the hash, 64 hex digits
   */
  public static String link(String previous, long position, AuditEntry entry) {
    // Every field is written with its length first (a null as -1), and the children as a count
    // followed by each id, so that no two different entries can encode alike.
    Hasher hasher = Hashing.sha256().newHasher();
    field(hasher, previous);
    hasher.putLong(position).putLong(entry.sequence()).putLong(entry.at().getEpochSecond()).putInt(entry.at().getNano());
    field(hasher, value(entry.actor()));
    field(hasher, entry.action().name());
    field(hasher, entry.outcome().name());
    field(hasher, entry.reason() == null ? null : entry.reason().name());
    field(hasher, value(entry.invitation()));
    field(hasher, value(entry.grant()));
    hasher.putInt(entry.pupils().size());
    entry.pupils().forEach(pupil -> field(hasher, pupil.value()));
    field(hasher, value(entry.counterpart()));
    return hasher.hash().toString();
  }

  private static void field(Hasher hasher, @Nullable String value) {
    if (value == null) {
      hasher.putInt(-1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    hasher.putInt(bytes.length).putBytes(bytes);
  }

  private static @Nullable String value(@Nullable Object id) {
    return id == null ? null : id.toString();
  }

  /**
   * Seals every committed entry not yet sealed, continuing the chain.
   *
   * @return how many were sealed
   */
  public int sealCommitted() {
    int sealed = 0;
    while (true) {
      // Sealers on several instances queue on the lock; a conflict taking it is retried.
      int batch = commands.retrying(() -> {
        auditLog.lockForSealing();
        Optional<AuditSeal> last = auditLog.lastSeal();
        String previous = last.map(AuditSeal::hash).orElse(GENESIS);
        long position = last.map(AuditSeal::position).orElse(0L);
        List<AuditEntry> due = auditLog.unsealed(BATCH);
        for (AuditEntry entry : due) {
          position++;
          previous = link(previous, position, entry);
          auditLog.seal(entry.sequence(), new AuditSeal(position, previous));
        }
        return due.size();
      });
      sealed += batch;
      if (batch < BATCH) {
        return sealed;
      }
    }
  }

  /**
   * Recomputes the chain from its start.
   *
   * @return what was found
   */
  public AuditVerification verify() {
    String previous = GENESIS;
    long expected = 1;
    String after = null;
    while (true) {
      PageRequest request = new PageRequest(after, BATCH);
      Page<SealedEntry> page = unitOfWork.read(() -> auditLog.chain(request));
      for (SealedEntry sealed : page.items()) {
        long position = sealed.seal().position();
        if (position != expected) {
          return broken(AuditVerification.broken(expected, expected - 1, previous,
              position > expected ? AuditVerification.Break.MISSING : AuditVerification.Break.OUT_OF_ORDER));
        }
        String hash = link(previous, position, sealed.entry());
        if (!hash.equals(sealed.seal().hash())) {
          return broken(AuditVerification.broken(position, position - 1, previous, AuditVerification.Break.ALTERED));
        }
        previous = hash;
        expected++;
      }
      if (page.next().isEmpty()) {
        int unsealed = unitOfWork.read(auditLog::countUnsealed);
        LOG.info("The audit chain is intact: {} sealed entries, head {}, {} waiting to be sealed", expected - 1,
            previous, unsealed);
        return verified(AuditVerification.intact(expected - 1, previous, unsealed));
      }
      after = page.next().get();
    }
  }

  private AuditVerification broken(AuditVerification verification) {
    LOG.error("The audit chain is broken: {}. Compare the log with a copy kept elsewhere before trusting it",
        verification);
    return verified(verification);
  }

  private AuditVerification verified(AuditVerification verification) {
    last.set(verification);
    return verification;
  }

  /**
   * The last verification made through this instance, whoever asked for it: the host, an
   * operator's page or a scheduler.
   *
   * @return the verification, or empty if none ran yet
   */
  public Optional<AuditVerification> lastVerification() {
    return Optional.ofNullable(last.get());
  }
}
