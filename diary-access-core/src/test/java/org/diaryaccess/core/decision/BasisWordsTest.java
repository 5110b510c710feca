package org.diaryaccess.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.Test;

/** A decision's basis has words a person reads, in Russian and English. */
class BasisWordsTest {
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  @Test
  void eachBasisHasItsWords() {
    Basis trusted = new Basis.TrustedPerson(GrantId.of("grant-1"), Set.of(DiarySection.GRADES));

    assertThat(Basis.self().displayName(RUSSIAN)).isEqualTo("Сам ученик");
    assertThat(Basis.legalRepresentative().displayName(RUSSIAN)).isEqualTo("Законный представитель");
    assertThat(trusted.displayName(RUSSIAN)).isEqualTo("Доверенное лицо");
    assertThat(Basis.self().displayName(Locale.ENGLISH)).isEqualTo("The pupil");
    assertThat(Basis.legalRepresentative().displayName(Locale.ENGLISH)).isEqualTo("Legal representative");
    assertThat(trusted.displayName(Locale.ENGLISH)).isEqualTo("Trusted person").doesNotContain("grant-1");
  }
}
