package org.diaryaccess.core.housekeeping;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A status never counts below zero nor waits a negative time. */
class DiaryStatusTest {

  @Test
  void negativeCountsAndAgesAreRefusedZeroIsNot() {
    assertThatIllegalArgumentException().isThrownBy(() -> new DiaryStatus(-1, Duration.ZERO, 0, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new DiaryStatus(0, Duration.ZERO, -1, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new DiaryStatus(0, Duration.ZERO, 0, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> new DiaryStatus(0, Duration.ofSeconds(-1), 0, 0));
    assertThatNoException().isThrownBy(() -> new DiaryStatus(0, Duration.ZERO, 0, 0));
  }
}
