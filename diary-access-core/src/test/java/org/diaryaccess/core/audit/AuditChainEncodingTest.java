package org.diaryaccess.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.junit.jupiter.api.Test;

/**
 * R14: the chain's link encodes an entry unambiguously, so that no two different entries hash
 * alike because their fields happen to join into the same text.
 */
class AuditChainEncodingTest {
  private static final Instant AT = Instant.parse("2026-09-01T06:00:00Z");

  private static AuditEntry sentFor(List<PupilRecordId> pupils, String counterpart) {
    return new AuditEntry(1, AT, CitizenId.of("vasilisa"), AuditAction.SEND, AuditOutcome.DONE, null,
        InvitationId.of("inv-1"), null, pupils, CitizenId.of(counterpart));
  }

  @Test
  void childrenWhoseIdsJoinAlikeHashApart() {
    String one = AuditChain.link(AuditChain.GENESIS, 1, sentFor(List.of(PupilRecordId.of("a,b")), "nina"));
    String two = AuditChain.link(AuditChain.GENESIS, 1,
        sentFor(List.of(PupilRecordId.of("a"), PupilRecordId.of("b")), "nina"));

    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void anAbsentFieldAndTheTextOfTheNullMarkHashApart() {
    AuditEntry withoutActor = new AuditEntry(1, AT, null, AuditAction.EXPIRE, AuditOutcome.DONE, null,
        InvitationId.of("inv-1"), null, List.of(), CitizenId.of("nina"));
    AuditEntry withActorNamedLikeTheMark = new AuditEntry(1, AT, CitizenId.of("\u2400"), AuditAction.EXPIRE,
        AuditOutcome.DONE, null, InvitationId.of("inv-1"), null, List.of(), CitizenId.of("nina"));

    assertThat(AuditChain.link(AuditChain.GENESIS, 1, withoutActor))
        .isNotEqualTo(AuditChain.link(AuditChain.GENESIS, 1, withActorNamedLikeTheMark));
  }
}
