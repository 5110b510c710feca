package org.diaryaccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.grant.TerminationReason;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The walkthrough's decisions are the guide's, in either language, and it says them in that language. */
class WalkthroughTest {

  @ParameterizedTest
  @ValueSource(strings = {"ru", "en"})
  void theGuideComesAlive(String language) {
    Walkthrough.Transcript transcript = Walkthrough.play(Locale.forLanguageTag(language), "walkthrough-test-" + language);

    List<AccessDecision> decisions = transcript.decisions().stream().map(Walkthrough.Asked::decision).toList();
    assertThat(decisions).hasSize(7);
    // The parent: denied while the school holds an old phone, let in once the class teacher fixes it.
    assertThat(decisions.get(0).reasons()).containsExactly(ReasonCode.NO_ACCESS_BASIS);
    assertThat(decisions.get(1).allowedBasis()).containsInstanceOf(Basis.LegalRepresentative.class);
    // The pupil himself.
    assertThat(decisions.get(2).allowedBasis()).containsInstanceOf(Basis.Self.class);
    // The grandmother: provisioning, then grades yes, attendance no, then revoked.
    assertThat(decisions.get(3).reasons()).containsExactly(ReasonCode.GRANT_PROVISIONING);
    assertThat(decisions.get(4).allowedBasis()).containsInstanceOf(Basis.TrustedPerson.class);
    assertThat(decisions.get(5).reasons()).containsExactly(ReasonCode.SECTION_NOT_GRANTED);
    assertThat(decisions.get(6).reasons()).containsExactly(ReasonCode.NO_ACCESS_BASIS);

    Locale locale = Locale.forLanguageTag(language);
    String text = String.join("\n", transcript.lines());
    assertThat(text).contains(ReasonCode.INVALID_SNILS_CHECKSUM.message(locale),
        ReasonCode.MOBILE_PHONE_MISSING.message(locale), ReasonCode.MOBILE_PHONE_DIFFERS.message(locale),
        Topic.INVITATION_RECEIVED.displayName(locale), DiarySection.GRADES.displayName(locale),
        Service.E_DIARY.displayName(locale), "Кубарев Антон Дмитриевич, 9Б", "+7 926 123-45-67")
        .doesNotContain("{0}", "{1}", "..");
    if (language.equals("ru")) {
      assertThat(text).contains("ДОСТУП ЗАПРЕЩЁН", "ДОСТУП РАЗРЕШЁН", "Законный представитель",
          "Нет оснований для доступа", "Приглашение для: ");
    } else {
      assertThat(text).contains("DENIED", "ALLOWED, basis: Legal representative", "city portal's guide",
          "There is no basis for access").doesNotContain("ДОСТУП");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "en"})
  void aPersonReadsNoConstantAndNoInternalId(String language) {
    String text = String.join("\n", Walkthrough.play(Locale.forLanguageTag(language),
        "walkthrough-words-" + language).lines());

    List<Class<? extends Enum<?>>> shown = List.of(ReasonCode.class, DiarySection.class, Service.class,
        InvitationState.class, GrantState.class, Topic.class, RepresentativeKind.class, TerminationReason.class);
    for (Class<? extends Enum<?>> type : shown) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(text).as("%s.%s", type.getSimpleName(), constant.name())
            .doesNotContainPattern("\\b" + constant.name() + "\\b");
      }
    }
    assertThat(text).doesNotContainPattern("\\b(inv|grant|msg)-\\d").doesNotContain("school-1234/")
        .doesNotContain("[").doesNotContain("]");
  }
}
