package org.diaryaccess.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.Viewer;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.grant.GrantState;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.DiarySection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portal as an attacker would try it: a citizen posting another's invitation or grant id is
 * refused by the library with the session's citizen and nothing changes; a post without its CSRF
 * token is refused; staff pages are closed to citizens and citizens' pages to staff; and no page
 * shows another person's phone, e-mail or SNILS unmasked, nor any citizen's internal id.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:portal-security;DB_CLOSE_DELAY=-1",
    "logging.level.root=warn"})
@AutoConfigureMockMvc
class PortalSecurityTest {
  private static final Locale RU = Locale.forLanguageTag("ru");

  @Autowired MockMvc mvc;
  @Autowired DiaryAccess access;
  @Autowired DiaryStore store;

  /** The school corrects the mother's phone, so that she may invite (as in the guide's story). */
  @BeforeEach
  void motherMatched() {
    PupilRecord record = store.schoolRegister().findById(Accounts.ANTON_RECORD).orElseThrow();
    LegalRepresentative mother = record.representatives().get(0);
    store.schoolRegister().upsert(List.of(record.withRepresentatives(List.of(
        new LegalRepresentative(mother.kind(), mother.name(), Contacts.of("mail@yandex.ru", "+7 926 123-45-67", null)),
        record.representatives().get(1)))));
    Citizen vasilisa = store.citizens().findById(Accounts.VASILISA.citizen()).orElseThrow();
    store.citizens().save(vasilisa.withContacts(Contacts.of("mail@yandex.ru", "(926) 123-45-67", "123-456-789 64")));
  }

  /** Each test starts with no invitation pending and no trusted person. */
  @AfterEach
  void nothingLeftOpen() {
    CitizenId mother = Accounts.VASILISA.citizen();
    access.invitationsSent(mother, EnumSet.of(InvitationState.PENDING), PageRequest.first()).items()
        .forEach(invitation -> access.cancel(mother, invitation.id()));
    access.whoCanSee(mother, Accounts.ANTON_RECORD, PageRequest.first()).items().stream()
        .map(Viewer::basis).filter(Basis.TrustedPerson.class::isInstance).map(Basis.TrustedPerson.class::cast)
        .forEach(trusted -> access.revoke(mother, trusted.grant()));
  }

  private Invitation invitationToNina() {
    return access.send(Accounts.VASILISA.citizen(), InvitationRequest.byPhone("+7 903 111-22-33", "Кубарева",
        Accounts.ANTON_RECORD).withSections(EnumSet.of(DiarySection.GRADES)));
  }

  private static MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
    return request.with(user(account.key()).roles(account.role().name())).locale(RU);
  }

  /** A post as an attacker would make it: confirmed at once, past the page that asks. */
  private MockHttpServletResponse postAs(Account account, String path, String name, String value) throws Exception {
    return mvc.perform(as(account, post(path)).param(name, value).param("confirmed", "yes").with(csrf()))
        .andReturn().getResponse();
  }

  @Test
  void anotherCitizenCannotAcceptOrCancelAnInvitationByPostingItsId() throws Exception {
    Invitation invitation = invitationToNina();

    MockHttpServletResponse accepted = postAs(Accounts.ANTON, "/notifications/accept", "invitation",
        invitation.id().value());
    MockHttpServletResponse cancelled = postAs(Accounts.NINA, "/trusted/cancel", "invitation", invitation.id().value());

    assertThat(accepted.getStatus()).isEqualTo(422);
    // to anyone but its two parties, the invitation does not exist
    assertThat(accepted.getContentAsString()).contains(ReasonCode.INVITATION_UNKNOWN.message(RU));
    assertThat(cancelled.getStatus()).isEqualTo(422);
    assertThat(cancelled.getContentAsString()).contains(ReasonCode.NOT_THE_INVITER.message(RU))
        .doesNotContain("NOT_THE_INVITER", "Exception");
    assertThat(access.invitation(Accounts.VASILISA.citizen(), invitation.id()).state())
        .isEqualTo(InvitationState.PENDING);
  }

  @Test
  void anotherCitizenCannotRevokeOrRenounceAGrantByPostingItsId() throws Exception {
    Invitation invitation = invitationToNina();
    Grant grant = access.accept(Accounts.NINA.citizen(), invitation.id()).grants().get(0);
    access.confirmProvisioning(grant.id());

    MockHttpServletResponse revoked = postAs(Accounts.ANTON, "/trusted/revoke", "grant", grant.id().value());
    MockHttpServletResponse renounced = postAs(Accounts.VASILISA, "/diaries/renounce", "grant", grant.id().value());

    assertThat(revoked.getStatus()).isEqualTo(422);
    assertThat(renounced.getStatus()).isEqualTo(422);
    assertThat(renounced.getContentAsString()).contains(ReasonCode.NOT_THE_TRUSTEE.message(RU));
    assertThat(access.grant(Accounts.NINA.citizen(), grant.id()).state()).isEqualTo(GrantState.ACTIVE);
    assertThat(access.decide(Accounts.NINA.citizen(), Accounts.ANTON_RECORD, DiarySection.GRADES).isAllowed()).isTrue();
  }

  @Test
  void aPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    Invitation invitation = invitationToNina();

    MockHttpServletResponse response = mvc.perform(as(Accounts.NINA, post("/notifications/accept"))
        .param("invitation", invitation.id().value())).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(access.invitation(Accounts.NINA.citizen(), invitation.id()).state()).isEqualTo(InvitationState.PENDING);
  }

  @Test
  void staffPagesAreClosedToCitizensAndCitizensPagesToStaff() throws Exception {
    assertThat(status(Accounts.VASILISA, "/school")).isEqualTo(403);
    assertThat(status(Accounts.VASILISA, "/operator")).isEqualTo(403);
    assertThat(status(Accounts.TEACHER, "/operator")).isEqualTo(403);
    assertThat(status(Accounts.TEACHER, "/diaries")).isEqualTo(403);
    assertThat(status(Accounts.OPERATOR, "/trusted")).isEqualTo(403);
    assertThat(mvc.perform(get("/diaries")).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
    assertThat(mvc.perform(post("/operator/clock").param("hours", "24").with(csrf())).andReturn().getResponse()
        .getRedirectedUrl()).endsWith("/sign-in");
  }

  @Test
  void typedMarkupComesBackEscapedUnderAStrictContentSecurityPolicy() throws Exception {
    MockHttpServletResponse response = mvc.perform(as(Accounts.NINA, post("/profile"))
        .param("email", "<script>alert(1)</script>").param("mobilePhone", "").param("snils", "").with(csrf()))
        .andReturn().getResponse();

    assertThat(response.getContentAsString()).doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(store.citizens().findById(Accounts.NINA.citizen()).orElseThrow().contacts().rawEmail())
        .contains("nina.kubareva@mail.ru");
  }

  @Test
  void aTeacherCannotEditARecordOutsideTheClass() throws Exception {
    assertThat(status(Accounts.TEACHER, "/school/pupil?id=school-1234-9a-someone-else")).isEqualTo(404);
  }

  /** Everyone's contacts as they could be written, and whose they are. */
  private static final List<Contact> CONTACTS = List.of(
      new Contact(Accounts.VASILISA, "mail@yandex.ru"), new Contact(Accounts.VASILISA, "123-45-67"),
      new Contact(Accounts.VASILISA, "9261234567"), new Contact(Accounts.VASILISA, "123-456-789"),
      new Contact(Accounts.VASILISA, "12345678964"),
      new Contact(Accounts.ANTON, "anton.kubarev@yandex.ru"), new Contact(Accounts.ANTON, "765-43-21"),
      new Contact(Accounts.ANTON, "9167654321"),
      new Contact(Accounts.NINA, "nina.kubareva@mail.ru"), new Contact(Accounts.NINA, "111-22-33"),
      new Contact(Accounts.NINA, "9031112233"),
      // the father and the mother's old number: nobody's own
      new Contact(null, "d.kubarev@mail.ru"), new Contact(null, "222-33-44"), new Contact(null, "000-00-00"));

  private record Contact(Account owner, String written) {}

  @Test
  void noPageShowsAnotherPersonsContactsUnmaskedNorACitizensId() throws Exception {
    invitationToNina(); // so that the notification centre and the trusted persons' page list one
    String diary = "/diaries/open?pupil=" + Accounts.ANTON_RECORD.value();
    List<String> citizenPages = List.of("/diaries", "/diaries/help", diary, "/profile", "/profile?check=true",
        "/trusted", "/notifications");
    for (Account account : List.of(Accounts.VASILISA, Accounts.ANTON, Accounts.NINA)) {
      for (String page : citizenPages) {
        assertNothingOfOthers(account, page);
      }
    }
    for (String page : List.of("/school", "/school/pupil?id=" + Accounts.ANTON_RECORD.value())) {
      assertNothingOfOthers(Accounts.TEACHER, page);
    }
    assertNothingOfOthers(Accounts.OPERATOR, "/operator");
  }

  private void assertNothingOfOthers(Account account, String page) throws Exception {
    MockHttpServletResponse response = mvc.perform(as(account, get(page))).andReturn().getResponse();
    assertThat(response.getStatus()).as(page).isEqualTo(200);
    String html = response.getContentAsString();
    for (Contact contact : CONTACTS) {
      if (!account.equals(contact.owner())) {
        assertThat(html).as("%s as %s", page, account.key()).doesNotContain(contact.written());
      }
    }
    assertThat(html).as("%s as %s", page, account.key()).doesNotContain("citizen-");
    assertThat(Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b").matcher(visibleText(html)).find()).as(page).isFalse();
  }

  /** The text between tags, roughly: what a person reads, without attributes or hidden values. */
  private static String visibleText(String html) {
    return html.replaceAll("(?s)<[^>]*>", " ");
  }

  private int status(Account account, String path) throws Exception {
    return mvc.perform(as(account, get(path))).andReturn().getResponse().getStatus();
  }
}
