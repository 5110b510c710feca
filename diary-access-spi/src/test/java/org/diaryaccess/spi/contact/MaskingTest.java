package org.diaryaccess.spi.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text an operator reads — an error's message — keeps no contact readable. */
class MaskingTest {

  @Test
  void contactsInFreeTextAreMasked() {
    assertThat(Masking.text("no inbox for mail@yandex.ru at +7 (926) 123-45-67, SNILS 123-456-789 64"))
        .isEqualTo("no inbox for ***@*** at ***, SNILS ***")
        .doesNotContain("yandex", "926", "789");
    assertThat(Masking.text("attempt 3 of 5")).isEqualTo("attempt 3 of 5");
    assertThat(Masking.text(null)).isEmpty();
  }

  @Test
  void anErrorShowsItsClassAndAMaskedMessageCutToLength() {
    assertThat(Masking.error(new IllegalStateException("centre refused 79261234567"), 500))
        .isEqualTo("IllegalStateException: centre refused ***");
    assertThat(Masking.error(new IllegalStateException(), 500)).isEqualTo("IllegalStateException");
    assertThat(Masking.error(new IllegalStateException("x".repeat(1000)), 50)).hasSize(50).endsWith("…");
  }
}
