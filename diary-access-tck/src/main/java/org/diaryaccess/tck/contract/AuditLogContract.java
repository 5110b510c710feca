package org.diaryaccess.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.audit.AuditSeal;
import org.diaryaccess.spi.audit.SealedEntry;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.tck.StoreProvider;
import org.junit.jupiter.api.Test;

/** The contract of {@link org.diaryaccess.spi.AuditLog}. */
public abstract class AuditLogContract extends StoreContract {

  /**
   * The contract, on the stores the provider opens.
   *
   * @param stores fresh stores of the adapter under test
   */
  protected AuditLogContract(StoreProvider stores) {
    super(stores);
  }

  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  private static AuditEntry entry(AuditAction action, AuditOutcome outcome, ReasonCode reason) {
    return new AuditEntry(0, T0, CitizenId.of("mother"), action, outcome, reason, null, null,
        List.of(PupilRecordId.of("p-1")), CitizenId.of("granny"));
  }

  @Test
  void appendsInOrderWithSequencesAndReadsInPages() {
    AuditEntry first = inWrite(() -> store.auditLog().append(entry(AuditAction.SEND, AuditOutcome.DONE, null)));
    AuditEntry second = inWrite(() -> store.auditLog().append(
        entry(AuditAction.SEND, AuditOutcome.REFUSED, ReasonCode.INVITING_SELF)));
    inWrite(() -> store.auditLog().append(entry(AuditAction.ACCEPT, AuditOutcome.DONE, null)));

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(second.sequence()).isEqualTo(2);
    Page<AuditEntry> page = inRead(() -> store.auditLog().read(PageRequest.first(2)));
    assertThat(page.items()).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditAction.SEND, AuditOutcome.DONE, null),
            org.assertj.core.groups.Tuple.tuple(AuditAction.SEND, AuditOutcome.REFUSED, ReasonCode.INVITING_SELF));
    Page<AuditEntry> rest = inRead(() -> store.auditLog().read(PageRequest.after(page.next().orElseThrow(), 2)));
    assertThat(rest.items()).extracting(AuditEntry::sequence).containsExactly(3L);
    assertThat(rest.next()).isEmpty();
    assertThat(rest.items().get(0).pupils()).containsExactly(PupilRecordId.of("p-1"));
  }

  @Test
  void sealsEntriesOnceInChainOrderAndReadsTheChainInPages() {
    for (int i = 0; i < 3; i++) {
      inWrite(() -> store.auditLog().append(entry(AuditAction.SEND, AuditOutcome.DONE, null)));
    }
    assertThat(inRead(() -> store.auditLog().lastSeal())).isEmpty();
    assertThat(inRead(() -> store.auditLog().unsealed(10))).extracting(AuditEntry::sequence)
        .containsExactly(1L, 2L, 3L);

    // Sealed out of sequence order, as entries may commit: the chain follows the seals.
    inWrite(() -> {
      store.auditLog().lockForSealing();
      store.auditLog().seal(2, new AuditSeal(1, HASH_A));
      store.auditLog().seal(1, new AuditSeal(2, HASH_B));
      return null;
    });

    assertThat(inRead(() -> store.auditLog().lastSeal())).contains(new AuditSeal(2, HASH_B));
    assertThat(inRead(() -> store.auditLog().unsealed(10))).extracting(AuditEntry::sequence).containsExactly(3L);
    assertThat(inRead(() -> store.auditLog().countUnsealed())).isEqualTo(1);
    Page<SealedEntry> first = inRead(() -> store.auditLog().chain(PageRequest.first(1)));
    assertThat(first.items()).extracting(e -> e.entry().sequence(), e -> e.seal().position())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1L));
    Page<SealedEntry> rest = inRead(() -> store.auditLog().chain(PageRequest.after(first.next().orElseThrow(), 5)));
    assertThat(rest.items()).extracting(e -> e.entry().sequence()).containsExactly(1L);
    assertThat(rest.next()).isEmpty();
  }

  @Test
  void refusesToSealAnEntryTwiceOrAPositionTwiceOrAnUnknownEntry() {
    inWrite(() -> store.auditLog().append(entry(AuditAction.SEND, AuditOutcome.DONE, null)));
    inWrite(() -> store.auditLog().append(entry(AuditAction.SEND, AuditOutcome.DONE, null)));
    inWrite(() -> {
      store.auditLog().seal(1, new AuditSeal(1, HASH_A));
      return null;
    });

    assertThatThrownBy(() -> inWrite(() -> {
      store.auditLog().seal(1, new AuditSeal(2, HASH_B));
      return null;
    })).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> inWrite(() -> {
      store.auditLog().seal(2, new AuditSeal(1, HASH_B));
      return null;
    })).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> inWrite(() -> {
      store.auditLog().seal(99, new AuditSeal(2, HASH_B));
      return null;
    })).isInstanceOf(RuntimeException.class);
    assertThat(inRead(() -> store.auditLog().lastSeal())).contains(new AuditSeal(1, HASH_A));
    assertThat(inRead(() -> store.auditLog().unsealed(10))).extracting(AuditEntry::sequence).containsExactly(2L);
  }

  @Test
  void sealsInAFailedUnitOfWorkAreUndone() {
    inWrite(() -> store.auditLog().append(entry(AuditAction.SEND, AuditOutcome.DONE, null)));

    assertThatThrownBy(() -> inWrite(() -> {
      store.auditLog().lockForSealing();
      store.auditLog().seal(1, new AuditSeal(1, HASH_A));
      throw new IllegalStateException("the sealer fails");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(inRead(() -> store.auditLog().lastSeal())).isEmpty();
    assertThat(inRead(() -> store.auditLog().unsealed(10))).hasSize(1);
  }
}
