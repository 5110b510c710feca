package org.diaryaccess.core.hostapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.STRANGER_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.inmemory.RecordingDiaryProvisioning;
import org.diaryaccess.adapters.inmemory.RecordingNotificationCentre;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.core.testing.MutableClock;
import org.diaryaccess.spi.DiaryObserver;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A host's observer hears every decision and command in bounded words, and can never change one. */
class ObserverTest {
  private final InMemoryStore store = new InMemoryStore();
  private final List<String> heard = new ArrayList<>();

  private DiaryAccess access(DiaryObserver observer) {
    store.citizens().saveAll(List.of(Guide.vasilisa(), Guide.nina(), Guide.stranger()));
    store.schoolRegister().upsert(List.of(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer())));
    return DiaryAccess.builder().store(store).notificationCentre(new RecordingNotificationCentre())
        .diaryProvisioning(new RecordingDiaryProvisioning()).clock(new MutableClock(Guide.SCHOOL_YEAR_STARTS))
        .observer(observer).build();
  }

  @Test
  void decisionsAndCommandsAreHeardWithBoundedWords() {
    DiaryAccess access = access(new DiaryObserver() {
      @Override
      public void decided(boolean allowed, String basisOrReason, Duration took) {
        assertThat(took.isNegative()).isFalse();
        heard.add((allowed ? "allowed " : "denied ") + basisOrReason);
      }

      @Override
      public void commandFinished(AuditAction action, AuditOutcome outcome, @Nullable ReasonCode reason) {
        heard.add(action + " " + outcome + (reason == null ? "" : " " + reason));
      }
    });
    access.decide(VASILISA_ID, ANTON);
    access.decide(STRANGER_ID, ANTON);
    access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", ANTON));
    assertThatThrownBy(() -> access.send(STRANGER_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", ANTON)))
        .isInstanceOf(RefusedException.class);

    assertThat(heard).containsExactly("allowed legal-representative", "denied NO_ACCESS_BASIS", "SEND DONE",
        "SEND REFUSED NOT_A_REPRESENTATIVE");
  }

  @Test
  void anObserverThatThrowsChangesNothing() {
    DiaryAccess access = access(new DiaryObserver() {
      @Override
      public void decided(boolean allowed, String basisOrReason, Duration took) {
        throw new IllegalStateException("metrics are down");
      }

      @Override
      public void commandFinished(AuditAction action, AuditOutcome outcome, @Nullable ReasonCode reason) {
        throw new IllegalStateException("metrics are down");
      }
    });

    assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).isTrue();
    assertThat(access.send(VASILISA_ID, InvitationRequest.byPhone(NINA_PHONE, "Кубарева", ANTON)).id()).isNotNull();
  }
}
