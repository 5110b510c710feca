package org.diaryaccess.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every setting refuses a value out of its range, and takes the values at its edges. */
class AccessSettingsTest {
  private final AccessSettings defaults = AccessSettings.defaults();

  @Test
  void durationsMustBePositiveAndTheCooldownNotNegative() {
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withInvitationLifetime(Duration.ZERO));
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withInvitationLifetime(Duration.ofSeconds(-1)));
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withProvisioningDeadline(Duration.ZERO));
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withProvisioningDeadline(Duration.ofSeconds(-1)));
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withDeclineCooldown(3, Duration.ofSeconds(-1)));

    assertThat(defaults.withInvitationLifetime(Duration.ofSeconds(1)).invitationLifetime()).hasSeconds(1);
    assertThat(defaults.withProvisioningDeadline(Duration.ofSeconds(1)).provisioningDeadline()).hasSeconds(1);
    assertThat(defaults.withDeclineCooldown(3, Duration.ZERO).declineCooldown()).isZero();
  }

  @Test
  void countsMustBeAtLeastOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withTrustedPersonsPerChild(0));
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withInvitationsPerDay(0));
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withDeclineCooldown(0, Duration.ofDays(1)));

    assertThat(defaults.withTrustedPersonsPerChild(1).trustedPersonsPerChild()).isEqualTo(1);
    assertThat(defaults.withInvitationsPerDay(1).invitationsPerDay()).isEqualTo(1);
    assertThat(defaults.withDeclineCooldown(1, Duration.ofDays(1)).declinesBeforeCooldown()).isEqualTo(1);
  }

  @Test
  void agesStayWithinTheirRanges() {
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withAges(0, 18));
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withAges(31, 18));
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withAges(18, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withAges(18, 31));

    assertThat(defaults.withAges(1, 0)).extracting(AccessSettings::ageOfMajority, AccessSettings::minimumTrusteeAge)
        .containsExactly(1, 0);
    assertThat(defaults.withAges(30, 30)).extracting(AccessSettings::ageOfMajority, AccessSettings::minimumTrusteeAge)
        .containsExactly(30, 30);
  }
}
