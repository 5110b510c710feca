package org.diaryaccess.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.NINA_ID;
import static org.diaryaccess.tck.harness.Guide.NINA_PHONE;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Honoured by the next decision on every instance", on PostgreSQL: each change is written
 * through instance A and the very next decision is asked of instance B — its own pool, its own
 * {@code DiaryAccess} ({@code World.other()}), the same database and clock. A revocation, a renunciation, the school's
 * correction either way, a citizen's profile change, a child leaving and an end date passing.
 */
class CrossInstanceTest {
  private World a;
  private DiaryAccess b;

  @BeforeEach
  void twoInstances() {
    a = new World(JdbcBackend.postgres(), AccessSettings.defaults());
    b = a.other();
    a.registered(Guide.vasilisa(), Guide.nina()).schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
  }

  @AfterEach
  void close() {
    a.close();
  }

  private Grant activeGrantForNina(InvitationRequest request) {
    Grant grant = a.access.accept(NINA_ID, a.access.send(VASILISA_ID, request).id()).grants().get(0);
    a.access.confirmProvisioning(grant.id());
    assertThat(b.decide(NINA_ID, ANTON, DiarySection.GRADES).isAllowed()).isTrue();
    return grant;
  }

  private static InvitationRequest toNina() {
    return InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value()));
  }

  @Test
  void aRevocationOnOneInstanceIsHonouredByTheNextDecisionOnAnother() {
    Grant grant = activeGrantForNina(toNina());

    a.access.revoke(VASILISA_ID, grant.id());

    assertThat(b.decide(NINA_ID, ANTON, DiarySection.GRADES).isAllowed()).isFalse();
    assertThat(b.visibleDiaries(NINA_ID, org.diaryaccess.spi.paging.PageRequest.first()).items()).isEmpty();
  }

  @Test
  void aRenunciationOnOneInstanceIsHonouredByTheNextDecisionOnAnother() {
    Grant grant = activeGrantForNina(toNina());

    a.access.renounce(NINA_ID, grant.id());

    assertThat(b.decide(NINA_ID, ANTON, DiarySection.GRADES).isAllowed()).isFalse();
  }

  @Test
  void theSchoolsCorrectionIsHonouredEitherWay() {
    assertThat(b.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
    activeGrantForNina(toNina());

    // The school writes an old phone for her: she no longer matches, and nor does her trusted person.
    LegalRepresentative stale = new LegalRepresentative(Guide.vasilisaAsTheSchoolHoldsHer().kind(),
        Guide.vasilisa().name(), Contacts.of(Guide.VASILISA_EMAIL, "+7 926 000-00-00", null));
    a.schoolHolds(Guide.antonRecord(stale));
    assertThat(b.decide(VASILISA_ID, ANTON).reasons()).contains(ReasonCode.NO_ACCESS_BASIS);
    assertThat(b.decide(NINA_ID, ANTON, DiarySection.GRADES).isAllowed()).isFalse();

    a.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()));
    assertThat(b.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
  }

  @Test
  void aCitizensProfileChangeIsHonouredByTheNextDecisionOnAnother() {
    assertThat(b.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();

    Citizen moved = Guide.vasilisa().withContacts(Contacts.of(Guide.VASILISA_EMAIL, "+7 999 000-11-22", null));
    a.store().citizens().save(moved);

    assertThat(b.decide(VASILISA_ID, ANTON).isAllowed()).isFalse();
  }

  @Test
  void aChildLeavingSchoolIsHonouredByTheNextDecisionOnAnother() {
    activeGrantForNina(toNina());

    a.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer()).withEnrolled(false));

    assertThat(b.decide(VASILISA_ID, ANTON).reasons()).contains(ReasonCode.PUPIL_NOT_ENROLLED);
    assertThat(b.decide(NINA_ID, ANTON, DiarySection.GRADES).isAllowed()).isFalse();
  }

  @Test
  void anEndDatePassingIsHonouredByTheNextDecisionOnAnotherWithoutHousekeeping() {
    LocalDate today = LocalDate.ofInstant(a.clock.instant(), ZoneOffset.UTC);
    activeGrantForNina(toNina().withEndDate(today.plusDays(1)));

    a.after(Duration.ofDays(3));

    assertThat(b.decide(NINA_ID, ANTON, DiarySection.GRADES).reasons()).contains(ReasonCode.GRANT_END_DATE_PASSED);
  }
}
