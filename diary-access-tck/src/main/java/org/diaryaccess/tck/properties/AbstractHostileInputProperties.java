package org.diaryaccess.tck.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.Email;
import org.diaryaccess.spi.contact.MobilePhone;
import org.diaryaccess.spi.contact.Snils;
import org.diaryaccess.spi.error.DiaryAccessException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.RefusedException;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.diaryaccess.tck.StoreUnderTest;
import org.diaryaccess.tck.arbitraries.HostileText;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.StoreSnapshot;
import org.diaryaccess.tck.harness.World;
import org.jspecify.annotations.Nullable;

/**
 * Every public entry point, fed hostile values: nulls, empty and 10,000-character strings,
 * control and bidi-override characters, lone surrogates, homoglyphs (Latin letters inside a
 * Cyrillic surname), SQL metacharacters, malformed SNILS, phones and e-mails, extreme dates and
 * page sizes. Each call either answers or throws a {@link DiaryAccessException} with a reason
 * code — never a raw {@code NullPointerException} or an adapter's exception — and a call that
 * does not answer leaves the store as it was (refusals are audited, by design; nothing else
 * changes). Two in five calls are valid-shaped commands — real people, children and minted ids —
 * that pass validation and are refused by a rule inside their unit of work (already invited, not
 * a representative, inviting oneself...; coverage checked), so that "a refusal changes nothing"
 * is proved where a command could have written half its change. The snapshot covers every grant
 * a command named, ended ones included. A store runs it by saying how to open one.
 */
public abstract class AbstractHostileInputProperties {

  /** The property, for a store that says how to open one. */
  protected AbstractHostileInputProperties() {}
  private @Nullable World world;
  private StoreSnapshot baseline = StoreSnapshot.EMPTY;

  /**
   * The store under test.
   *
   * @return a fresh, empty store
   */
  protected abstract StoreUnderTest openStore();

  @BeforeProperty
  void theGuidesFamilyWithAPendingInvitationAndALiveGrant() {
    World fresh = new World(openStore(), AccessSettings.defaults());
    fresh.registered(Guide.vasilisa(), Guide.dmitry(), Guide.antonCitizen(), Guide.nina(), Guide.nanny(),
        Guide.stranger());
    fresh.schoolHolds(Guide.antonRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()),
        Guide.mashaRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()));
    world = fresh;
    StoreSnapshot registered = snapshot();
    Invitation granted = fresh.access.send(Guide.VASILISA_ID,
        InvitationRequest.byPhone(Guide.NINA_PHONE, "Кубарева", List.of(Guide.ANTON.value())));
    fresh.access.accept(Guide.NINA_ID, granted.id());
    fresh.access.send(Guide.VASILISA_ID,
        InvitationRequest.byPhone(Guide.NANNY_PHONE, "Соколова", List.of(Guide.MASHA.value())));
    // and an ended grant: Nina for Masha, revoked
    Invitation ended = fresh.access.send(Guide.VASILISA_ID,
        InvitationRequest.byPhone(Guide.NINA_PHONE, "Кубарева", List.of(Guide.MASHA.value())));
    fresh.access.revoke(Guide.VASILISA_ID, fresh.access.accept(Guide.NINA_ID, ended.id()).grants().get(0).id());
    fresh.access.housekeeping();
    baseline = snapshot();
    // The snapshot sees what commands change: else "unchanged" below would prove nothing.
    assertThat(baseline).isNotEqualTo(registered);
    assertThat(baseline.liveGrants()).hasSize(1);
    assertThat(baseline.grants()).hasSize(2).anySatisfy(g -> assertThat(g).get().extracting(Grant::isLive)
        .isEqualTo(false));
    assertThat(baseline.invitations()).hasSize(3);
  }

  @AfterProperty
  void close() {
    if (world != null) {
      world.close();
    }
  }

  private World world() {
    if (world == null) {
      throw new IllegalStateException("no world before the property");
    }
    return world;
  }

  private StoreSnapshot snapshot() {
    return StoreSnapshot.of(world().store(),
        List.of(Guide.VASILISA_ID, Guide.DMITRY_ID, Guide.ANTON_CITIZEN_ID, Guide.NINA_ID, Guide.NANNY_ID,
            Guide.STRANGER_ID),
        List.of(Guide.ANTON, Guide.MASHA));
  }

  /** A call to one entry point, with its name for the statistics. */
  public record Call(String entryPoint, Action action) {
    @Override
    public String toString() {
      return entryPoint;
    }
  }

  /** The call itself. */
  @FunctionalInterface
  public interface Action {
    /**
     * Makes the call.
     *
     * @param access the library
     */
    void run(DiaryAccess access);
  }

  @Property
  void everyEntryPointAnswersOrRefusesWithAReasonAndARefusalChangesNothing(@ForAll("calls") Call call) {
    Statistics.label("entry point").collect(call.entryPoint());
    // Valid-shaped commands must meet the rules inside their unit of work, not only validation.
    Statistics.label("refused inside").coverage(coverage -> {
      coverage.check(ReasonCode.NOT_A_REPRESENTATIVE).count(c -> c > 0);
      coverage.check(ReasonCode.ALREADY_INVITED).count(c -> c > 0);
      coverage.check(ReasonCode.INVITING_SELF).count(c -> c > 0);
    });
    Throwable thrown = null;
    try {
      call.action().run(world().access);
    } catch (Throwable t) {
      thrown = t;
    }
    if (thrown == null) {
      Statistics.label("outcome").collect("answered");
      baseline = snapshot();
      return;
    }
    Statistics.label("outcome").collect(thrown.getClass().getSimpleName());
    assertThat(thrown).as(call.entryPoint()).isInstanceOf(DiaryAccessException.class);
    DiaryAccessException typed = (DiaryAccessException) thrown;
    assertThat(typed.reasons()).as(call.entryPoint()).isNotEmpty();
    if (call.entryPoint().endsWith("(valid-shaped)") && typed instanceof RefusedException) {
      // refused by a rule inside the command's unit of work, not at its door
      Statistics.label("refused inside").collect(typed.reasons().get(0));
    }
    assertThat(snapshot()).as(call.entryPoint() + " changed the store").isEqualTo(baseline);
  }

  // ---- generators ----


  private static Arbitrary<Integer> limits() {
    return Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, 50, 100, 101, 1_000_000, Integer.MAX_VALUE);
  }

  private static Arbitrary<@Nullable LocalDate> dates() {
    return Arbitraries.of(java.util.Arrays.asList(null, LocalDate.MIN, LocalDate.MAX, LocalDate.of(1900, 1, 1),
        LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31), LocalDate.of(9999, 12, 31)));
  }

  private static Arbitrary<@Nullable Set<DiarySection>> sections() {
    return Arbitraries.of(java.util.Arrays.asList(null, Set.of(), EnumSet.of(DiarySection.GRADES),
        EnumSet.allOf(DiarySection.class)));
  }

  private static Arbitrary<@Nullable Set<InvitationState>> states() {
    return Arbitraries.of(java.util.Arrays.asList(null, Set.of(), EnumSet.allOf(InvitationState.class),
        EnumSet.of(InvitationState.PENDING)));
  }

  private static Arbitrary<List<@Nullable String>> pupilLists() {
    return HostileText.text().list().ofMaxSize(25).map(list -> new ArrayList<@Nullable String>(list));
  }

  @Provide
  Arbitrary<Call> calls() {
    return Arbitraries.frequencyOf(Tuple.of(3, hostileCalls()), Tuple.of(2, validShapedCalls()));
  }

  /**
   * Commands as the family could really send them — real people, real children, the ids the
   * world mints — so that they pass validation and meet the rules against the real state:
   * already invited, not a representative, inviting oneself or a minor, not the inviter, not
   * pending, not live, past a limit.
   */
  private static Arbitrary<Call> validShapedCalls() {
    List<Citizen> family = List.of(Guide.vasilisa(), Guide.dmitry(), Guide.antonCitizen(), Guide.nina(), Guide.nanny(),
        Guide.stranger());
    Arbitrary<CitizenId> who = Arbitraries.of(family).map(Citizen::id);
    Arbitrary<Citizen> whom = Arbitraries.of(family);
    Arbitrary<InvitationId> invitation = Arbitraries.integers().between(1, 40)
        .map(n -> InvitationId.of(String.format("inv-%08d", n)));
    Arbitrary<GrantId> grant = Arbitraries.integers().between(1, 40).map(n -> GrantId.of(String.format("grant-%08d", n)));
    Arbitrary<List<String>> children = Arbitraries.of(List.of(Guide.ANTON.value()), List.of(Guide.MASHA.value()),
        List.of(Guide.ANTON.value(), Guide.MASHA.value()));
    Arbitrary<Set<DiarySection>> shared = Arbitraries.of(EnumSet.of(DiarySection.GRADES),
        EnumSet.of(DiarySection.GRADES, DiarySection.HOMEWORK), EnumSet.allOf(DiarySection.class));
    Arbitrary<InvitationRequest> request = Combinators.combine(whom, children, shared,
            Arbitraries.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2027, 5, 31))))
        .as((invitee, pupils, sections, end) -> new InvitationRequest(Service.E_DIARY, pupils,
            invitee.contacts().rawMobilePhone().orElseThrow(), null, invitee.name().surname(), sections,
            end.orElse(null)));
    return Arbitraries.oneOf(
        Combinators.combine(who, request).as((c, r) -> new Call("send(valid-shaped)", a -> a.send(c, r))),
        Combinators.combine(who, request).as((c, r) -> new Call("preview(valid-shaped)", a -> a.preview(c, r))),
        Combinators.combine(Arbitraries.of("cancel", "accept", "decline"), who, invitation).as((op, c, i) ->
            new Call(op + "(valid-shaped)", a -> answer(a, op, c, i))),
        Combinators.combine(Arbitraries.of("revoke", "renounce"), who, grant).as((op, c, g) ->
            new Call(op + "(valid-shaped)", a -> end(a, op, c, g))),
        grant.map(g -> new Call("confirmProvisioning(valid-shaped)", a -> a.confirmProvisioning(g))));
  }

  private static Arbitrary<Call> hostileCalls() {
    Arbitrary<@Nullable String> t = HostileText.text();
    return Arbitraries.oneOf(
        t.map(c -> new Call("readiness", a -> a.readiness(CitizenId.of(c)))),
        Combinators.combine(t, t).as((c, p) -> new Call("decide", a -> a.decide(CitizenId.of(c), PupilRecordId.of(p)))),
        Combinators.combine(t, t, Arbitraries.of(DiarySection.class).injectNull(0.2)).as((c, p, s) ->
            new Call("decide(section)", a -> a.decide(CitizenId.of(c), PupilRecordId.of(p), nonNull(s)))),
        Combinators.combine(t, t, limits()).as((c, after, limit) -> new Call("visibleDiaries",
            a -> a.visibleDiaries(CitizenId.of(c), new PageRequest(after, limit)))),
        Combinators.combine(t, t, t, limits()).as((c, p, after, limit) -> new Call("whoCanSee",
            a -> a.whoCanSee(CitizenId.of(c), PupilRecordId.of(p), new PageRequest(after, limit)))),
        t.map(c -> new Call("diagnose", a -> a.diagnose(CitizenId.of(c)))),
        Combinators.combine(t, requests()).as((c, r) -> new Call("preview", a -> a.preview(CitizenId.of(c), nonNull(r)))),
        Combinators.combine(t, requests()).as((c, r) -> new Call("send", a -> a.send(CitizenId.of(c), nonNull(r)))),
        Combinators.combine(Arbitraries.of("cancel", "accept", "decline"), t, t).as((op, c, i) ->
            new Call(op, a -> answer(a, op, CitizenId.of(c), InvitationId.of(i)))),
        Combinators.combine(Arbitraries.of("revoke", "renounce"), t, t).as((op, c, g) -> new Call(op,
            a -> end(a, op, CitizenId.of(c), GrantId.of(g)))),
        Combinators.combine(t, states(), t, limits()).as((c, s, after, limit) -> new Call("invitationsSent",
            a -> a.invitationsSent(CitizenId.of(c), nonNull(s), new PageRequest(after, limit)))),
        Combinators.combine(t, states(), t, limits()).as((c, s, after, limit) -> new Call("invitationsReceived",
            a -> a.invitationsReceived(CitizenId.of(c), nonNull(s), new PageRequest(after, limit)))),
        t.map(g -> new Call("confirmProvisioning", a -> a.confirmProvisioning(GrantId.of(g)))),
        Combinators.combine(t, limits()).as((after, limit) -> new Call("overdueGrants",
            a -> a.overdueGrants(new PageRequest(after, limit)))),
        Combinators.combine(t, t, t).as((e, p, s) -> new Call("Contacts.of", a -> Contacts.of(e, p, s).problems())),
        t.map(v -> new Call("Email.parse", a -> Email.parse(v))),
        t.map(v -> new Call("MobilePhone.parse", a -> MobilePhone.parse(v))),
        t.map(v -> new Call("Snils.parse", a -> Snils.parse(v))),
        Combinators.combine(t, t, t).as((s, g, p) -> new Call("PersonName", a -> new PersonName(nonNull(s), nonNull(g), p))));
  }

  private static Arbitrary<@Nullable InvitationRequest> requests() {
    Arbitrary<@Nullable String> t = HostileText.text();
    Arbitrary<InvitationRequest> built = Combinators.combine(Arbitraries.of(Service.class).injectNull(0.1),
        pupilLists(), t, t, t, sections(), dates())
        .as((service, pupils, phone, snils, surname, chosen, end) ->
            new InvitationRequest(nonNull(service), nonNull(pupils), phone, snils, nonNull(surname), chosen, end));
    return built.injectNull(0.05);
  }

  private static void answer(DiaryAccess access, String op, CitizenId citizen, InvitationId invitation) {
    switch (op) {
      case "cancel" -> access.cancel(citizen, invitation);
      case "accept" -> access.accept(citizen, invitation);
      default -> access.decline(citizen, invitation);
    }
  }

  private static void end(DiaryAccess access, String op, CitizenId citizen, GrantId grant) {
    Grant ended = op.equals("revoke") ? access.revoke(citizen, grant) : access.renounce(citizen, grant);
    assertThat(ended).isNotNull();
  }

  /**
   * Passes a value the type system says cannot be null, though a caller may send one: the point of
   * the property is what the library does then.
   */
  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T nonNull(@Nullable T value) {
    return value;
  }
}
