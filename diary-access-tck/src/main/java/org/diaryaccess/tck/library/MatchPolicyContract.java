package org.diaryaccess.tck.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diaryaccess.tck.harness.Guide.ANTON;
import static org.diaryaccess.tck.harness.Guide.DMITRY_ID;
import static org.diaryaccess.tck.harness.Guide.MASHA;
import static org.diaryaccess.tck.harness.Guide.VASILISA_ID;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.Viewer;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.core.matching.MatchPolicy;
import org.diaryaccess.core.settings.AccessSettings;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.RepresentativeKind;
import org.diaryaccess.tck.StoreUnderTest;
import org.diaryaccess.tck.harness.Guide;
import org.diaryaccess.tck.harness.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lists agree with decisions whatever the match policy (R3 is pluggable, R13 never silently
 * shorter): for every citizen and child, a decision allows exactly when the child is on the
 * citizen's home page, exactly when the citizen is among the child's viewers, and the diagnosis
 * counts the same diaries. Run on every adapter with policies that do not need equal phones.
 */
public abstract class MatchPolicyContract {

  /** The suite, for a store that says how to open one. */
  protected MatchPolicyContract() {}

  /** Equal e-mails are enough. */
  private static final MatchPolicy EMAIL_ALONE = new MatchPolicy() {
    @Override
    public boolean matches(Contacts profile, Contacts entry) {
      return profile.email().isPresent() && profile.email().equals(entry.email());
    }

    @Override
    public Set<ContactField> lookupKeys() {
      return Set.of(ContactField.EMAIL);
    }

    @Override
    public String toString() {
      return "e-mail alone";
    }
  };

  /** Equal e-mails or equal SNILSes. */
  private static final MatchPolicy EMAIL_OR_SNILS = new MatchPolicy() {
    @Override
    public boolean matches(Contacts profile, Contacts entry) {
      return (profile.email().isPresent() && profile.email().equals(entry.email()))
          || (profile.snils().isPresent() && profile.snils().equals(entry.snils()));
    }

    @Override
    public Set<ContactField> lookupKeys() {
      return EnumSet.of(ContactField.EMAIL, ContactField.SNILS);
    }

    @Override
    public String toString() {
      return "e-mail or SNILS";
    }
  };

  /** Equal phones or equal e-mails, with the default look-up by every field. */
  private static final MatchPolicy PHONE_OR_EMAIL_BY_DEFAULT_KEYS = (profile, entry) ->
      (profile.mobilePhone().isPresent() && profile.mobilePhone().equals(entry.mobilePhone()))
          || (profile.email().isPresent() && profile.email().equals(entry.email()));

  static Stream<Arguments> policies() {
    return Stream.of(Arguments.of("e-mail alone", EMAIL_ALONE), Arguments.of("e-mail or SNILS", EMAIL_OR_SNILS),
        Arguments.of("phone or e-mail, default keys", PHONE_OR_EMAIL_BY_DEFAULT_KEYS),
        Arguments.of("the standard rule", MatchPolicy.standard()));
  }

  /**
   * The store to run on.
   *
   * @return a fresh, empty store
   */
  protected abstract StoreUnderTest openStore();

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void decisionsListsAndDiagnosisAgree(String name, MatchPolicy policy) {
    try (World world = new World(openStore(), AccessSettings.defaults(), policy)) {
      DiaryAccess access = world.access;
      world.registered(Guide.vasilisa(), Guide.dmitry(), Guide.antonCitizen(), Guide.nina(), Guide.stranger());
      // The school holds the mother's e-mail and SNILS but an old phone for Anton; both right for Masha.
      LegalRepresentative motherWithOldPhone = new LegalRepresentative(RepresentativeKind.MOTHER,
          Guide.vasilisa().name(), Contacts.none().withEmail(Guide.VASILISA_EMAIL).withMobilePhone("+7 926 000-00-00")
              .withSnils(Guide.VALID_SNILS));
      world.schoolHolds(Guide.antonRecord(motherWithOldPhone, Guide.dmitryAsTheSchoolHoldsHim()),
          Guide.mashaRecord(Guide.vasilisaAsTheSchoolHoldsHer(), Guide.dmitryAsTheSchoolHoldsHim()));

      if (policy != MatchPolicy.standard()) {
        assertThat(access.decide(VASILISA_ID, ANTON).isAllowed()).as("a match without the phone").isTrue();
      }
      List<CitizenId> citizens = List.of(VASILISA_ID, DMITRY_ID, Guide.ANTON_CITIZEN_ID, Guide.NINA_ID,
          Guide.STRANGER_ID);
      for (CitizenId citizen : citizens) {
        Set<PupilRecordId> visible = access.visibleDiaries(citizen, PageRequest.first()).items().stream()
            .map(VisibleDiary::pupil).collect(Collectors.toSet());
        for (PupilRecordId pupil : List.of(ANTON, MASHA)) {
          boolean allowed = access.decide(citizen, pupil).isAllowed();
          assertThat(visible.contains(pupil)).as("%s's home page shows %s", citizen, pupil).isEqualTo(allowed);
          Set<CitizenId> viewers = access.whoCanSee(DMITRY_ID, pupil, PageRequest.first()).items().stream()
              .map(Viewer::citizen).collect(Collectors.toSet());
          assertThat(viewers.contains(citizen)).as("%s among %s's viewers", citizen, pupil).isEqualTo(allowed);
        }
        assertThat(access.diagnose(citizen).visibleDiaries()).as("%s's diagnosis", citizen).isEqualTo(visible.size());
      }
    }
  }
}
