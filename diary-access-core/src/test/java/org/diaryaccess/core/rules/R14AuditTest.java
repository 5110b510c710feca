package org.diaryaccess.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.util.List;
import org.diaryaccess.core.audit.AuditChain;
import org.diaryaccess.core.audit.AuditVerification;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.audit.AuditAction;
import org.diaryaccess.spi.audit.AuditEntry;
import org.diaryaccess.spi.audit.AuditOutcome;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.invitation.Invitation;
import org.junit.jupiter.api.Test;

/**
 * R14: every command is recorded with time, actor, subjects, outcome and reason; append-only, and
 * sealed into a hash chain that verifies.
 */
class R14AuditTest extends RuleTest {

  @Test
  void everyCommandIsRecorded() {
    theFamily();
    access.preview(VASILISA_ID, byPhone(Guide.NINA_PHONE, "Кубарева", ANTON));
    Invitation declined = vasilisaInvitesNina();
    access.decline(NINA_ID, declined.id());
    Invitation cancelled = vasilisaInvitesNina();
    access.cancel(VASILISA_ID, cancelled.id());
    Invitation expiring = vasilisaInvitesNina();
    world.after(Duration.ofDays(31));
    access.housekeeping();
    Grant revoked = ninaTrustedForAnton();
    access.revoke(VASILISA_ID, revoked.id());
    Grant renounced = ninaTrustedForAnton();
    access.renounce(NINA_ID, renounced.id());
    Grant terminated = ninaTrustedForAnton();
    world.schoolHolds(Guide.antonRecord(Guide.dmitryAsTheSchoolHoldsHim()));
    access.housekeeping();

    List<AuditEntry> audit = world.audit();
    assertThat(audit).extracting(AuditEntry::action).containsExactly(
        AuditAction.INVITE, AuditAction.SEND, AuditAction.DECLINE, AuditAction.SEND, AuditAction.CANCEL,
        AuditAction.SEND, AuditAction.EXPIRE,
        AuditAction.SEND, AuditAction.ACCEPT, AuditAction.ACTIVATE, AuditAction.REVOKE,
        AuditAction.SEND, AuditAction.ACCEPT, AuditAction.ACTIVATE, AuditAction.RENOUNCE,
        AuditAction.SEND, AuditAction.ACCEPT, AuditAction.ACTIVATE, AuditAction.TERMINATE);
    assertThat(audit).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(audit).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.DONE));
    assertThat(audit.get(1)).satisfies(send -> {
      assertThat(send.actor()).isEqualTo(VASILISA_ID);
      assertThat(send.counterpart()).isEqualTo(NINA_ID);
      assertThat(send.invitation()).isEqualTo(declined.id());
      assertThat(send.pupils()).containsExactly(ANTON);
      assertThat(send.at()).isEqualTo(Guide.SCHOOL_YEAR_STARTS);
    });
    assertThat(audit.get(6)).extracting(AuditEntry::actor, AuditEntry::invitation).containsExactly(null, expiring.id());
    assertThat(audit.get(audit.size() - 1))
        .extracting(AuditEntry::grant, AuditEntry::reason)
        .containsExactly(terminated.id(), ReasonCode.GRANTOR_NOT_REPRESENTATIVE);
  }

  @Test
  void refusalsAreRecordedWithTheirReasonAndNothingElseChanges() {
    theFamily();
    Invitation invitation = vasilisaInvitesNina();
    refusal(() -> access.accept(Guide.STRANGER_ID, invitation.id()));
    refusal(() -> access.send(VASILISA_ID, byPhone(Guide.VASILISA_PHONE, "Иванченко", ANTON)));

    assertThat(world.audit()).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::reason).containsExactly(
        tuple(AuditAction.SEND, AuditOutcome.DONE, null),
        tuple(AuditAction.ACCEPT, AuditOutcome.REFUSED, ReasonCode.INVITATION_UNKNOWN),
        tuple(AuditAction.SEND, AuditOutcome.REFUSED, ReasonCode.INVITING_SELF));
    assertThat(world.store().outbox().undelivered()).isEqualTo(1);
  }

  @Test
  void housekeepingSealsEveryEntryIntoAChainThatVerifies() {
    theFamily();
    Grant grant = ninaTrustedForAnton();
    access.revoke(VASILISA_ID, grant.id());
    refusal(() -> access.send(VASILISA_ID, byPhone(Guide.VASILISA_PHONE, "Иванченко", ANTON)));
    // The revocation and the refusal came after the last run (which activated the grant).
    int waiting = access.verifyAudit().unsealed();
    assertThat(waiting).isEqualTo(2);

    HousekeepingReport report = access.housekeeping();
    AuditVerification sealed = access.verifyAudit();

    assertThat(report.sealedAuditEntries()).isEqualTo(waiting);
    assertThat(sealed.isIntact()).isTrue();
    assertThat(sealed.verified()).isEqualTo(world.audit().size());
    assertThat(sealed.unsealed()).isZero();
    assertThat(sealed.head()).isNotEqualTo(AuditChain.GENESIS);

    // New entries wait for the next run, then extend the chain from its head.
    vasilisaInvitesNina();
    assertThat(access.verifyAudit()).extracting(AuditVerification::unsealed, AuditVerification::head)
        .containsExactly(1, sealed.head());
    access.housekeeping();
    AuditVerification extended = access.verifyAudit();
    assertThat(extended.verified()).isEqualTo(sealed.verified() + 1);
    assertThat(extended.head()).isNotEqualTo(sealed.head());
  }

  @Test
  void aLinkCoversEveryFieldOfItsEntryAndItsPlace() {
    theFamily();
    vasilisaInvitesNina();
    AuditEntry entry = world.audit().get(0);
    String link = AuditChain.link(AuditChain.GENESIS, 1, entry);

    assertThat(link).matches("[0-9a-f]{64}").isEqualTo(AuditChain.link(AuditChain.GENESIS, 1, entry));
    assertThat(List.of(
        AuditChain.link(AuditChain.GENESIS, 2, entry),
        AuditChain.link("1".repeat(64), 1, entry),
        AuditChain.link(AuditChain.GENESIS, 1, entry.at(entry.sequence() + 1)),
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at().plusNanos(1), entry.actor(),
            entry.action(), entry.outcome(), entry.reason(), entry.invitation(), entry.grant(), entry.pupils(),
            entry.counterpart())),
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at(), NINA_ID,
            entry.action(), entry.outcome(), entry.reason(), entry.invitation(), entry.grant(), entry.pupils(),
            entry.counterpart())),
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at(), entry.actor(),
            AuditAction.CANCEL, entry.outcome(), entry.reason(), entry.invitation(), entry.grant(), entry.pupils(),
            entry.counterpart())),
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at(), entry.actor(),
            entry.action(), AuditOutcome.REFUSED, ReasonCode.INVITING_SELF, entry.invitation(), entry.grant(),
            entry.pupils(), entry.counterpart())),
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at(), entry.actor(),
            entry.action(), entry.outcome(), entry.reason(), null, entry.grant(), entry.pupils(),
            entry.counterpart())),
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at(), entry.actor(),
            entry.action(), entry.outcome(), entry.reason(), entry.invitation(), entry.grant(), List.of(Guide.MASHA),
            entry.counterpart())),
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at(), entry.actor(),
            entry.action(), entry.outcome(), entry.reason(), entry.invitation(), entry.grant(), entry.pupils(),
            null)),
        // each of outcome, reason and grant on its own
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at(), entry.actor(),
            entry.action(), AuditOutcome.DONE, ReasonCode.INVITING_SELF, entry.invitation(), entry.grant(),
            entry.pupils(), entry.counterpart())),
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at(), entry.actor(),
            entry.action(), AuditOutcome.REFUSED, ReasonCode.ALREADY_INVITED, entry.invitation(), entry.grant(),
            entry.pupils(), entry.counterpart())),
        AuditChain.link(AuditChain.GENESIS, 1, new AuditEntry(entry.sequence(), entry.at(), entry.actor(),
            entry.action(), entry.outcome(), entry.reason(), entry.invitation(), GrantId.of("grant-1"),
            entry.pupils(), entry.counterpart()))))
        .doesNotContain(link)
        .doesNotHaveDuplicates();
  }
}
