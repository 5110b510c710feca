package org.diaryaccess.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.List;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.Test;

/** The decision's values hold their invariants: a denial has a reason; a basis covers and ranks as documented. */
class DecisionValuesTest {

  @Test
  void aDenialWithoutAReasonIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new AccessDecision.Denied(List.of()));
  }

  @Test
  void thePupilAndARepresentativeSeeEverySectionATrustedPersonOnlyThoseGranted() {
    Basis trusted = new Basis.TrustedPerson(GrantId.of("grant-1"), EnumSet.of(DiarySection.GRADES));

    assertThat(Basis.self().covers(DiarySection.ATTENDANCE)).isTrue();
    assertThat(Basis.legalRepresentative().covers(DiarySection.ATTENDANCE)).isTrue();
    assertThat(trusted.covers(DiarySection.GRADES)).isTrue();
    assertThat(trusted.covers(DiarySection.ATTENDANCE)).isFalse();
  }

  @Test
  void basesRankFromThePupilToATrustedPerson() {
    Basis trusted = new Basis.TrustedPerson(GrantId.of("grant-1"), EnumSet.of(DiarySection.GRADES));

    assertThat(List.of(Basis.self().rank(), Basis.legalRepresentative().rank(), trusted.rank()))
        .containsExactly(0, 1, 2);
  }
}
