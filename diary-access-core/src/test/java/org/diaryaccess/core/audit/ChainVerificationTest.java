package org.diaryaccess.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.World;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditSeal;
import org.diaryaccess.spi.audit.SealedEntry;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * R14 in the core, on any store: verification names how and where a chain breaks — an entry
 * altered, a link missing, links out of order — and how many links held before it.
 */
class ChainVerificationTest {
  private final World world = new World();

  /** Four sealed entries: send, cancel, send, cancel. */
  ChainVerificationTest() {
    world.registered(Guide.vasilisa(), Guide.nina()).schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    for (int i = 0; i < 2; i++) {
      Invitation invitation = world.access.send(VASILISA_ID,
          InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value())));
      world.access.cancel(VASILISA_ID, invitation.id());
    }
    world.access.housekeeping();
  }

  /** The library reading the chain through a log that shows it changed. */
  private AuditVerification verifiedAs(UnaryOperator<List<SealedEntry>> change) {
    AuditLog real = world.store().auditLog();
    AuditLog shown = new AuditLog() {
      @Override
      public AuditEntry append(AuditEntry entry) {
        return real.append(entry);
      }

      @Override
      public Page<AuditEntry> read(PageRequest page) {
        return real.read(page);
      }

      @Override
      public void lockForSealing() {
        real.lockForSealing();
      }

      @Override
      public Optional<AuditSeal> lastSeal() {
        return real.lastSeal();
      }

      @Override
      public List<AuditEntry> unsealed(int limit) {
        return real.unsealed(limit);
      }

      @Override
      public int countUnsealed() {
        return real.countUnsealed();
      }

      @Override
      public void seal(long sequence, AuditSeal seal) {
        real.seal(sequence, seal);
      }

      @Override
      public Page<SealedEntry> chain(PageRequest page) {
        Page<SealedEntry> chain = real.chain(PageRequest.first(PageRequest.MAX_LIMIT));
        return Page.last(change.apply(new ArrayList<>(chain.items())));
      }
    };
    DiaryAccess reader = DiaryAccess.builder().store(world.store()).auditLog(shown)
        .notificationCentre(world.centre).diaryProvisioning(world.diarySystem).clock(world.clock).build();
    return reader.verifyAudit();
  }

  @Test
  void anIntactChainVerifiesWhole() {
    assertThat(verifiedAs(chain -> chain)).extracting(AuditVerification::isIntact, AuditVerification::verified)
        .containsExactly(true, 4L);
  }

  @Test
  void anAlteredEntryIsFoundAtItsPosition() {
    AuditVerification found = verifiedAs(chain -> {
      SealedEntry third = chain.get(2);
      AuditEntry e = third.entry();
      chain.set(2, new SealedEntry(new AuditEntry(e.sequence(), e.at(), CitizenId.of("someone-else"), e.action(),
          e.outcome(), e.reason(), e.invitation(), e.grant(), e.pupils(), e.counterpart()), third.seal()));
      return chain;
    });

    assertThat(found.problem()).isEqualTo(AuditVerification.Break.ALTERED);
    assertThat(found.firstBreak()).contains(3L);
    assertThat(found.verified()).isEqualTo(2);
  }

  @Test
  void aMissingLinkIsFoundWhereItShouldBe() {
    AuditVerification found = verifiedAs(chain -> {
      chain.remove(1);
      return chain;
    });

    assertThat(found.problem()).isEqualTo(AuditVerification.Break.MISSING);
    assertThat(found.firstBreak()).contains(2L);
    assertThat(found.verified()).isEqualTo(1);
  }

  @Test
  void aLinkRepeatedOutOfOrderIsFoundWhereItRecurs() {
    AuditVerification found = verifiedAs(chain -> {
      chain.set(2, chain.get(1));
      return chain;
    });

    assertThat(found.problem()).isEqualTo(AuditVerification.Break.OUT_OF_ORDER);
    assertThat(found.firstBreak()).contains(3L);
    assertThat(found.verified()).isEqualTo(2);
  }
}
