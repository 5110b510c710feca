package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.ANTON_CITIZEN_ID;

import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.Test;

/** R5: a pupil whose registration matches the record's own contacts sees their own diary. */
class R05OwnAccessTest extends RuleTest {

  @Test
  void thePupilSeesEverySectionOfHisOwnDiary() {
    theFamily();
    assertThat(access.decide(ANTON_CITIZEN_ID, ANTON)).isEqualTo(new AccessDecision.Allowed(Basis.self()));
    assertThat(access.decide(ANTON_CITIZEN_ID, ANTON, DiarySection.TEACHER_COMMENTS).isAllowed()).isTrue();
    assertThat(access.visibleDiaries(ANTON_CITIZEN_ID, PageRequest.first()).items())
        .singleElement().satisfies(d -> assertThat(d.basis()).isEqualTo(Basis.self()));
  }

  @Test
  void notHisSistersDiary() {
    theFamily();
    assertThat(access.decide(ANTON_CITIZEN_ID, MASHA_RECORD).reasons()).containsExactly(ReasonCode.NO_ACCESS_BASIS);
  }

  @Test
  void aPupilWhoLeftLosesAccess() {
    theFamily();
    world.schoolHolds(Guide.antonRecord().withEnrolled(false));
    assertThat(access.decide(ANTON_CITIZEN_ID, ANTON).reasons()).containsExactly(ReasonCode.PUPIL_NOT_ENROLLED);
  }

  @Test
  void whenTheSchoolHoldsOtherContactsForThePupilHeIsDenied() {
    theFamily();
    world.schoolHolds(Guide.antonRecord().withContacts(Contacts.of("old@yandex.ru", "+7 916 765-43-21", null)));
    assertThat(access.decide(ANTON_CITIZEN_ID, ANTON).isAllowed()).isFalse();
  }

  @Test
  void ownAccessDoesNotEndAtEighteen() {
    theFamily();
    world.clock.set(java.time.Instant.parse("2029-03-16T09:00:00Z"));
    assertThat(access.decide(ANTON_CITIZEN_ID, ANTON).isAllowed()).isTrue();
  }
}
