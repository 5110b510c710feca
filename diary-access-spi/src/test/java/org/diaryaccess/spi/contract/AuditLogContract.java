package org.diaryaccess.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.model.AuditAction;
import org.diaryaccess.spi.model.AuditEntry;
import org.diaryaccess.spi.model.AuditOutcome;
import org.diaryaccess.spi.model.CitizenId;
import org.diaryaccess.spi.model.Page;
import org.diaryaccess.spi.model.PageRequest;
import org.diaryaccess.spi.model.PupilRecordId;
import org.junit.jupiter.api.Test;

/** The contract of {@link org.diaryaccess.spi.AuditLog}. */
public abstract class AuditLogContract extends StoreContract {

  /**
   * The contract, on the adapter the fixture makes.
   *
   * @param fixture the adapter's stores
   */
  protected AuditLogContract(StoreFixture fixture) {
    super(fixture);
  }

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
}
