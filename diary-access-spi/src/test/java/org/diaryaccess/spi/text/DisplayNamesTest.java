package org.diaryaccess.spi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.people.Gender;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.junit.jupiter.api.Test;

/** Every value a person is shown has words in both languages, and neither is the constant's name. */
class DisplayNamesTest {
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final List<Class<? extends Enum<?>>> SHOWN = List.of(DiarySection.class, Service.class,
      InvitationState.class, GrantState.class, TerminationReason.class, RepresentativeKind.class, Gender.class,
      Topic.class, AuditAction.class, AuditOutcome.class);

  @Test
  void everyValueHasRussianAndEnglishWords() {
    for (Class<? extends Enum<?>> type : SHOWN) {
      for (Enum<?> value : type.getEnumConstants()) {
        Displayable shown = (Displayable) value;
        String russian = shown.displayName(RUSSIAN);
        String english = shown.displayName(Locale.ENGLISH);
        assertThat(russian).as("%s in Russian", value).isNotBlank().doesNotContain(value.name())
            .matches("[А-ЯЁ][^A-Za-z]*");
        assertThat(english).as("%s in English", value).isNotBlank().doesNotContain(value.name())
            .matches("[A-Z][A-Za-z' ]*");
      }
    }
  }

  @Test
  void theDefaultLocaleOfTheJvmNeverLeaksIn() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(RUSSIAN);
      assertThat(DiarySection.GRADES.displayName(Locale.ENGLISH)).isEqualTo("Grades");
      assertThat(DiarySection.GRADES.displayName(Locale.GERMAN)).isEqualTo("Grades");
      assertThat(DiarySection.GRADES.displayName(RUSSIAN)).isEqualTo("Оценки");
    } finally {
      Locale.setDefault(before);
    }
  }
}
