package org.diaryaccess.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A verification is intact exactly when it names no break, and a break names both its place and its kind. */
class AuditVerificationTest {

  @Test
  void aBreakHasAPlaceAndAKind() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AuditVerification(3, AuditChain.GENESIS, 4L, null, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AuditVerification(3, AuditChain.GENESIS, null, AuditVerification.Break.MISSING, 0));
  }

  @Test
  void intactExactlyWithoutABreak() {
    AuditVerification broken = AuditVerification.broken(4, 3, AuditChain.GENESIS, AuditVerification.Break.ALTERED);
    AuditVerification intact = AuditVerification.intact(3, AuditChain.GENESIS, 0);

    assertThat(broken.isIntact()).isFalse();
    assertThat(broken.firstBreak()).contains(4L);
    assertThat(intact.isIntact()).isTrue();
    assertThat(intact.firstBreak()).isEmpty();
  }
}
