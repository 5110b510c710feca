package org.diaryaccess.core.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diaryaccess.core.testing.Guide.ANTON;
import static org.diaryaccess.core.testing.Guide.MASHA;
import static org.diaryaccess.core.testing.Guide.NANNY_ID;
import static org.diaryaccess.core.testing.Guide.NINA_ID;
import static org.diaryaccess.core.testing.Guide.NINA_PHONE;
import static org.diaryaccess.core.testing.Guide.SCHOOL_YEAR_STARTS;
import static org.diaryaccess.core.testing.Guide.STRANGER_ID;
import static org.diaryaccess.core.testing.Guide.VASILISA_ID;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.diaryaccess.core.matching.MatchPolicy;
import org.diaryaccess.core.matching.Representation;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.core.testing.Guide;
import org.diaryaccess.spi.InvitationFacts.Decline;
import org.diaryaccess.spi.InvitationFacts.Facts;
import org.diaryaccess.spi.InvitationFacts;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R7 as a table: each row changes one fact of a request that would otherwise go — Vasilisa, a
 * mother matched to Anton's record, invites the grandmother Nina by phone — and names the reasons
 * the rule must give. No store is involved: the rule is a function of its facts.
 */
class InvitationPolicyTest {
  private static final Instant NOW = SCHOOL_YEAR_STARTS;
  private static final AccessSettings SETTINGS = AccessSettings.defaults().withTrustedPersonsPerChild(3);
  private static final InvitationPolicy POLICY =
      new InvitationPolicy(new Representation(MatchPolicy.standard(), SETTINGS), SETTINGS);
  private static final InvitationRequest TO_NINA =
      InvitationRequest.byPhone(NINA_PHONE, "Кубарева", List.of(ANTON.value()));

  /** The facts of a request that goes: nothing in the way. */
  private static Facts aRequestThatGoes() {
    return new Facts(Guide.vasilisa(), List.of(antonWithBothParents()), List.of(Guide.nina()), List.of(), List.of(),
        List.of(), 0);
  }

  private static PupilRecord antonWithBothParents() {
    return Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim());
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row("an unknown inviter", f -> with(f).inviter(null).build(), ReasonCode.CITIZEN_UNKNOWN),
        row("a child with no record", f -> with(f).records(List.of()).build(), ReasonCode.NOT_A_REPRESENTATIVE),
        row("an inviter the record does not list", f -> with(f).inviter(Guide.stranger()).build(),
            ReasonCode.NOT_A_REPRESENTATIVE),
        row("a trusted person of the child inviting", f -> with(f).inviter(Guide.stranger())
            .liveGrants(List.of(grant(STRANGER_ID, ANTON))).build(), ReasonCode.REDELEGATION_FORBIDDEN),
        row("nobody holds the phone", f -> with(f).candidates(List.of()).build(), ReasonCode.INVITEE_NOT_FOUND),
        row("the phone's holder has another surname", f -> with(f).candidates(List.of(Guide.nanny())).build(),
            ReasonCode.INVITEE_NOT_FOUND),
        row("two holders with the surname", f -> with(f).candidates(List.of(Guide.nina(), ninasNamesake())).build(),
            ReasonCode.INVITEE_NOT_FOUND),
        row("a minor", f -> with(f).candidates(List.of(minorNina())).build(), ReasonCode.INVITEE_MINOR),
        row("an open invitation to her already", f -> with(f).pending(List.of(pendingTo(NINA_ID, NOW))).build(),
            ReasonCode.ALREADY_INVITED),
        row("a live grant of hers already", f -> with(f).liveGrants(List.of(grant(NINA_ID, ANTON))).build(),
            ReasonCode.ALREADY_GRANTED),
        row("the child's trusted persons at the limit", f -> with(f)
            .pending(List.of(pendingTo(NANNY_ID, NOW), pendingTo(STRANGER_ID, NOW)))
            .liveGrants(List.of(grant(CitizenId.of("citizen-tutor"), ANTON))).build(),
            ReasonCode.TRUSTED_PERSON_LIMIT),
        row("three recent declines by her for this child", f -> with(f)
            .declines(declines(NINA_ID, ANTON, 3, 2, 1)).build(), ReasonCode.DECLINE_COOLDOWN),
        row("a cooldown runs thirty days from the decline that reached the limit", f -> with(f)
            .declines(declines(NINA_ID, ANTON, 31, 30, 29)).build(), ReasonCode.DECLINE_COOLDOWN),
        row("and ends after them", f -> with(f).declines(declines(NINA_ID, ANTON, 33, 32, 31)).build()),
        row("three declines spread wider than the span start none", f -> with(f)
            .declines(declines(NINA_ID, ANTON, 40, 20, 5)).build()),
        row("the inviter's sends for the day used up", f -> with(f).sent(20).build(),
            ReasonCode.DAILY_INVITATION_LIMIT),
        row("every limit at once", f -> with(f).sent(20)
            .declines(declines(NINA_ID, ANTON, 5, 4, 3, 2, 1))
            .liveGrants(List.of(grant(NINA_ID, ANTON))).build(),
            ReasonCode.ALREADY_GRANTED, ReasonCode.DECLINE_COOLDOWN, ReasonCode.DAILY_INVITATION_LIMIT),
        row("an expired invitation to her", f -> with(f)
            .pending(List.of(pendingTo(NINA_ID, NOW.minus(Duration.ofDays(31))))).build()),
        row("two declines only", f -> with(f).declines(declines(NINA_ID, ANTON, 2, 1)).build()),
        row("declines for another child", f -> with(f).declines(declines(NINA_ID, MASHA, 3, 2, 1)).build()),
        row("declines by someone else", f -> with(f).declines(declines(NANNY_ID, ANTON, 3, 2, 1)).build()),
        row("one send left today", f -> with(f).sent(19).build()),
        row("the limit counts other children's people apart", f -> with(f)
            .pending(List.of(pendingTo(NANNY_ID, NOW), pendingTo(STRANGER_ID, NOW))).build()),
        row("her live grant for another child", f -> with(f).liveGrants(List.of(grant(NINA_ID, MASHA))).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theRuleGivesExactlyTheReasonsOfItsRow(String row, UnaryOperator<Facts> change, List<ReasonCode> reasons) {
    InvitationPolicy.Verdict verdict = POLICY.evaluate(change.apply(aRequestThatGoes()), TO_NINA, NOW);

    assertThat(verdict.reasons()).containsExactlyElementsOf(reasons);
    assertThat(verdict.draft() == null).isEqualTo(!reasons.isEmpty());
  }

  @Test
  void inviteesWhoAreTheInviterTheChildOrAParentAreEachNamed() {
    assertThat(POLICY.evaluate(with(aRequestThatGoes()).candidates(List.of(Guide.vasilisa())).build(),
        InvitationRequest.byPhone(NINA_PHONE, "Иванченко", List.of(ANTON.value())), NOW).reasons())
        .containsExactly(ReasonCode.INVITING_SELF, ReasonCode.INVITEE_IS_REPRESENTATIVE);
    assertThat(POLICY.evaluate(with(aRequestThatGoes()).candidates(List.of(Guide.antonCitizen())).build(),
        InvitationRequest.byPhone(NINA_PHONE, "Кубарев", List.of(ANTON.value())), NOW).reasons())
        .as("Anton is fifteen: the child, and a minor too")
        .containsExactly(ReasonCode.INVITING_PUPIL, ReasonCode.INVITEE_MINOR);
    assertThat(POLICY.evaluate(with(aRequestThatGoes()).candidates(List.of(Guide.dmitry())).build(),
        InvitationRequest.byPhone(NINA_PHONE, "Кубарев", List.of(ANTON.value())), NOW).reasons())
        .containsExactly(ReasonCode.INVITEE_IS_REPRESENTATIVE);
  }

  @Test
  void aRequestThatGoesBecomesADraftWithTheServicesSections() {
    InvitationPolicy.Draft draft = POLICY.evaluate(aRequestThatGoes(), TO_NINA, NOW).orElseRefuse();

    assertThat(draft.invitee().id()).isEqualTo(NINA_ID);
    assertThat(draft.pupilIds()).containsExactly(ANTON);
    assertThat(draft.sections()).isEqualTo(Service.E_DIARY.sections());
  }

  @Test
  void aRefusedVerdictRefusesWithEveryReason() {
    InvitationPolicy.Verdict verdict = POLICY.evaluate(with(aRequestThatGoes()).sent(20)
        .liveGrants(List.of(grant(NINA_ID, ANTON))).build(), TO_NINA, NOW);

    assertThatThrownBy(verdict::orElseRefuse).isInstanceOfSatisfying(RefusedException.class,
        refused -> assertThat(refused.reasons())
            .containsExactly(ReasonCode.ALREADY_GRANTED, ReasonCode.DAILY_INVITATION_LIMIT));
  }

  @Test
  void theQueryAsksForTheInviteeByTheDetailNamedAndForBothWindows() {
    InvitationFacts.Query byPhone = POLICY.query(VASILISA_ID, TO_NINA, NOW);
    InvitationFacts.Query bySnils = POLICY.query(VASILISA_ID,
        InvitationRequest.bySnils("112-233-445 95", "Кубарева", List.of(ANTON.value(), MASHA.value(), ANTON.value())),
        NOW);

    assertThat(byPhone.invitee()).isEqualTo(MobilePhone.parse(NINA_PHONE));
    assertThat(byPhone.sentSince()).isEqualTo(NOW.minus(Duration.ofHours(24)));
    assertThat(byPhone.declinedSince()).isEqualTo(NOW.minus(SETTINGS.declineCooldown().multipliedBy(2)));
    assertThat(bySnils.invitee()).isEqualTo(Snils.parse("112-233-445 95"));
    assertThat(bySnils.pupils()).containsExactly(ANTON, MASHA);
  }

  /** Declines by one person for one child, the given numbers of days before now. */
  private static List<Decline> declines(CitizenId invitee, PupilRecordId pupil, int... daysAgo) {
    return Arrays.stream(daysAgo).mapToObj(d -> new Decline(invitee, pupil, NOW.minus(Duration.ofDays(d))))
        .toList();
  }

  private static Arguments row(String name, UnaryOperator<Facts> change, ReasonCode... reasons) {
    return Arguments.of(name, change, List.of(reasons));
  }

  private static Citizen ninasNamesake() {
    return new Citizen(CitizenId.of("citizen-nina-2"), PersonName.of("Кубарева", "Нина"), LocalDate.of(1960, 1, 1),
        null, Contacts.of("other.nina@mail.ru", NINA_PHONE, null));
  }

  private static Citizen minorNina() {
    Citizen nina = Guide.nina();
    return new Citizen(nina.id(), nina.name(), LocalDate.of(2010, 1, 1), nina.gender(), nina.contacts());
  }

  private static Invitation pendingTo(CitizenId invitee, Instant sentAt) {
    return Invitation.pending(InvitationId.of("inv-to-" + invitee.value() + "-" + sentAt.getEpochSecond()),
        Guide.DMITRY_ID, invitee, Service.E_DIARY, List.of(ANTON), Service.E_DIARY.sections(), null, sentAt,
        SETTINGS.invitationLifetime());
  }

  private static Grant grant(CitizenId trustee, PupilRecordId pupil) {
    Invitation accepted = Invitation.pending(InvitationId.of("inv-of-" + trustee.value()), Guide.DMITRY_ID, trustee,
        Service.E_DIARY, List.of(pupil), Service.E_DIARY.sections(), null, NOW.minus(Duration.ofDays(3)),
        SETTINGS.invitationLifetime()).accept(NOW.minus(Duration.ofDays(2)));
    return Grant.provisioning(GrantId.of("grant-of-" + trustee.value()), accepted, pupil,
        SETTINGS.provisioningDeadline());
  }

  private static FactsBuilder with(Facts facts) {
    return new FactsBuilder(facts);
  }

  /** The base facts with one part replaced. */
  private static final class FactsBuilder {
    private @Nullable Citizen inviter;
    private List<PupilRecord> records;
    private List<Citizen> candidates;
    private List<Invitation> pending;
    private List<Grant> liveGrants;
    private List<Decline> declines;
    private int sent;

    FactsBuilder(Facts base) {
      inviter = base.inviter();
      records = new ArrayList<>(base.records());
      candidates = base.inviteeCandidates();
      pending = base.pending();
      liveGrants = base.liveGrants();
      declines = base.declines();
      sent = base.sentInWindow();
    }

    FactsBuilder inviter(@Nullable Citizen value) {
      inviter = value;
      return this;
    }

    FactsBuilder records(List<PupilRecord> value) {
      records = value;
      return this;
    }

    FactsBuilder candidates(List<Citizen> value) {
      candidates = value;
      return this;
    }

    FactsBuilder pending(List<Invitation> value) {
      pending = value;
      return this;
    }

    FactsBuilder liveGrants(List<Grant> value) {
      liveGrants = value;
      return this;
    }

    FactsBuilder declines(List<Decline> value) {
      declines = value;
      return this;
    }

    FactsBuilder sent(int value) {
      sent = value;
      return this;
    }

    Facts build() {
      return new Facts(inviter, records, candidates, pending, liveGrants, declines, sent);
    }
  }
}
