package org.diaryaccess.examples.portal;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.core.history.HistoryEntry;
import org.diaryaccess.core.invitation.InvitationPreview;
import org.diaryaccess.core.trusted.TrustedPerson;
import org.diaryaccess.core.wording.GrammaticalCase;
import org.diaryaccess.spi.error.DiaryAccessException;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Доверенные лица»: the guide's four steps — service, children, phone or SNILS and surname (with
 * sections and an end date), «Проверка данных» ({@code preview}) reached by post-redirect-get with
 * the form kept in the session so that «Изменить» returns to it as typed, and «Отправить»
 * ({@code send}); then per child every trusted person in every live state ({@code trustedPersons}):
 * invited, being opened, opening late, open — with «Отозвать» ({@code revoke}) and «Отменить»
 * ({@code cancel}), each asked once more before it is done; and «Кто открывал дневник», the child's
 * access history of the last {@value #HISTORY_DAYS} days ({@code accessHistory}).
 */
@Controller
class TrustedController {
  /** The session attribute the form is kept in between the form, the preview and sending. */
  static final String FORM = "invitationForm";

  /** The days «Кто открывал дневник» covers, today included. */
  static final int HISTORY_DAYS = 30;

  private final DiaryAccess access;
  private final Names names;
  private final MessageSource messages;
  private final Clock clock;

  TrustedController(DiaryAccess access, Names names, MessageSource messages, Clock clock) {
    this.access = access;
    this.names = names;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * A child the citizen represents, with the trusted persons of the child.
   *
   * @param pupil the record id, for the form's checkbox
   * @param name the child's name and class, as the guide lists them
   * @param rows the trusted persons, in every live state
   * @param history who opened the child's diary in the last {@value #HISTORY_DAYS} days, newest first
   */
  record Child(String pupil, String name, List<Row> rows, List<Viewed> history) {}

  /**
   * A line of «Кто открывал дневник»: one person on one day.
   *
   * @param day the day, in words
   * @param who the person's name, or «Вы» for the reader
   * @param relation how the person is related to the child, in words
   * @param sections each section opened, with how often, in words
   */
  record Viewed(String day, String who, String relation, String sections) {}

  /**
   * A trusted person of a child, as the page shows them.
   *
   * @param name their name
   * @param standing where it stands, in words
   * @param state a class for the row: {@code invited}, {@code provisioning}, {@code late} or {@code active}
   * @param sections the sections shared, in words
   * @param until the last day of access, or that there is none
   * @param when when it was sent or accepted, and the deadline that matters now
   * @param invitedBy who invited, when it was another legal representative; {@code null} when the reader did
   * @param grant the grant «Отозвать» ends, or {@code null}
   * @param invitation the invitation «Отменить» withdraws, or {@code null} when it cannot be
   */
  record Row(String name, String standing, String state, String sections, String until, String when,
      @Nullable String invitedBy, @Nullable String grant, @Nullable String invitation) {}

  @GetMapping("/trusted")
  String page(Account me, HttpSession session, Model model, Locale locale) {
    InvitationForm kept = (InvitationForm) session.getAttribute(FORM);
    return form(me, kept == null ? new InvitationForm() : kept, Map.of(), List.of(), model, locale);
  }

  /** Step 4 by post-redirect-get: the form is kept, and the preview is a page that Back and reload show again. */
  @PostMapping("/trusted/preview")
  String check(@ModelAttribute("form") InvitationForm form, HttpSession session) {
    session.setAttribute(FORM, form);
    return "redirect:/trusted/preview";
  }

  @GetMapping("/trusted/preview")
  String preview(Account me, HttpSession session, Model model, Locale locale) {
    InvitationForm form = (InvitationForm) session.getAttribute(FORM);
    if (form == null) {
      return "redirect:/trusted";
    }
    try {
      InvitationPreview preview = access.preview(me.citizen(), form.toRequest());
      model.addAttribute("preview", preview);
      model.addAttribute("sections", sections(preview.sections(), locale));
      model.addAttribute("endDate", preview.endDate() == null ? null : names.day(preview.endDate(), locale));
      return "trusted-preview";
    } catch (InvalidInputException invalid) {
      return form(me, form, fieldErrors(invalid, locale), List.of(), model, locale);
    } catch (DiaryAccessException refused) {
      return form(me, form, Map.of(), PortalAdvice.Refusals.messages(refused, locale), model, locale);
    }
  }

  @PostMapping("/trusted/send")
  String send(Account me, HttpSession session, RedirectAttributes after) {
    InvitationForm form = (InvitationForm) session.getAttribute(FORM);
    if (form == null) {
      return "redirect:/trusted";
    }
    try {
      access.send(me.citizen(), form.toRequest());
    } catch (DiaryAccessException notNow) {
      // Something changed since the preview: the preview page says what.
      return "redirect:/trusted/preview";
    }
    session.removeAttribute(FORM);
    after.addFlashAttribute("done", "done.sent");
    return "redirect:/trusted";
  }

  @PostMapping("/trusted/cancel")
  String cancel(Account me, @RequestParam String invitation, @RequestParam(required = false) String confirmed,
      Model model, Locale locale, RedirectAttributes after) {
    InvitationId id = InvitationId.of(invitation);
    if (!Confirmation.given(confirmed)) {
      String whom = row(me, r -> id.equals(r.invitation()) && r.grant() == null)
          .map(r -> PortalWords.person(r.name(), GrammaticalCase.DATIVE, locale)).orElse(null);
      model.addAttribute("confirmation", new Confirmation(text("confirm.cancel.title", locale),
          whom == null ? text("confirm.cancel.question", locale) : text("confirm.cancel.questionTo", locale, whom),
          text("confirm.cancel.detail", locale), "/trusted/cancel", Map.of("invitation", invitation),
          text("trusted.cancel", locale), "/trusted"));
      return "confirm";
    }
    access.cancel(me.citizen(), id);
    after.addFlashAttribute("done", "done.cancelled");
    return "redirect:/trusted";
  }

  @PostMapping("/trusted/revoke")
  String revoke(Account me, @RequestParam String grant, @RequestParam(required = false) String confirmed,
      Model model, Locale locale, RedirectAttributes after) {
    GrantId id = GrantId.of(grant);
    if (!Confirmation.given(confirmed)) {
      Optional<TrustedPerson> row = row(me, r -> id.equals(r.grant()));
      String question = row.map(r -> text("confirm.revoke.questionOf", locale,
              PortalWords.person(r.name(), GrammaticalCase.GENITIVE, locale),
              PortalWords.child(r.pupilName(), GrammaticalCase.GENITIVE, locale)))
          .orElse(text("confirm.revoke.question", locale));
      model.addAttribute("confirmation", new Confirmation(text("confirm.revoke.title", locale), question,
          text("confirm.revoke.detail", locale), "/trusted/revoke", Map.of("grant", grant),
          text("trusted.revoke", locale), "/trusted"));
      return "confirm";
    }
    access.revoke(me.citizen(), id);
    after.addFlashAttribute("done", "done.revoked");
    return "redirect:/trusted";
  }

  private Optional<TrustedPerson> row(Account me, Predicate<TrustedPerson> which) {
    return access.trustedPersons(me.citizen(), PageRequest.first()).items().stream().filter(which).findFirst();
  }

  private String form(Account me, InvitationForm form, Map<String, String> errors, List<String> problems,
      Model model, Locale locale) {
    Map<String, Child> children = new LinkedHashMap<>();
    for (VisibleDiary diary : access.visibleDiaries(me.citizen(), PageRequest.first()).items()) {
      if (diary.basis() instanceof Basis.LegalRepresentative) {
        children.put(diary.pupil().value(), new Child(diary.pupil().value(),
            diary.name().fullName() + ", " + diary.className(), new ArrayList<>(), history(me, diary, locale)));
      }
    }
    for (TrustedPerson person : access.trustedPersons(me.citizen(), PageRequest.first()).items()) {
      Child child = children.get(person.pupil().value());
      if (child != null) {
        child.rows().add(row(me, person, locale));
      }
    }
    model.addAttribute("form", form);
    model.addAttribute("children", List.copyOf(children.values()));
    model.addAttribute("errors", errors);
    model.addAttribute("problems", problems);
    model.addAttribute("allSections", DiariesController.SHOWN);
    model.addAttribute("serviceName", Service.E_DIARY.displayName(locale));
    model.addAttribute("historyDays", HISTORY_DAYS);
    return "trusted";
  }

  private Row row(Account me, TrustedPerson person, Locale locale) {
    String name = person.name() == null ? text("trusted.unregistered", locale) : person.name().fullName();
    String state = switch (person.standing()) {
      case INVITED -> "invited";
      case PROVISIONING -> "provisioning";
      case PROVISIONING_LATE -> "late";
      case ACTIVE -> "active";
    };
    String when = switch (person.standing()) {
      case INVITED -> text("trusted.when.invited", locale, names.day(person.sentAt(), locale),
          names.day(person.answerBy(), locale));
      case PROVISIONING -> text("trusted.when.provisioning", locale, names.day(person.acceptedAt(), locale),
          names.minute(person.opensBy(), locale));
      case PROVISIONING_LATE -> text("trusted.when.late", locale, names.day(person.acceptedAt(), locale),
          names.minute(person.opensBy(), locale));
      case ACTIVE -> text("trusted.when.active", locale, names.day(person.activatedAt(), locale));
    };
    String invitedBy = person.invitedBy().equals(me.citizen()) || person.invitedByName() == null ? null
        : person.invitedByName().fullName();
    return new Row(name, person.standing().displayName(locale), state, sections(person.sections(), locale),
        person.endDate() == null ? text("preview.noEnd", locale) : names.day(person.endDate(), locale), when,
        invitedBy, person.mayRevoke() && person.grant() != null ? person.grant().value() : null,
        person.mayCancel() ? person.invitation().value() : null);
  }

  private List<Viewed> history(Account me, VisibleDiary diary, Locale locale) {
    LocalDate today = access.settings().dayOf(clock.instant());
    List<Viewed> lines = new ArrayList<>();
    for (HistoryEntry entry : access.accessHistory(me.citizen(), diary.pupil(), today.minusDays(HISTORY_DAYS - 1L),
        today, PageRequest.first(PageRequest.MAX_LIMIT)).items()) {
      String who = entry.asker() ? text("history.you", locale)
          : entry.name() == null ? text("trusted.unregistered", locale) : entry.name().fullName();
      List<String> opened = new ArrayList<>();
      entry.sections().forEach((section, count) -> opened.add(text("history.section", locale,
          section.displayName(locale), times(count, locale))));
      if (entry.views().diaryViews() > 0) {
        opened.add(0, text("history.diary", locale, times(entry.views().diaryViews(), locale)));
      }
      lines.add(new Viewed(names.day(entry.day(), locale), who, entry.relation().displayName(locale),
          String.join(", ", opened)));
    }
    return lines;
  }

  /** «1 раз», «2 раза», «5 раз»; "once", "2 times". */
  static String times(long count, Locale locale) {
    if (!"ru".equals(locale.getLanguage())) {
      return count == 1 ? "once" : count + " times";
    }
    long lastTwo = count % 100;
    long last = count % 10;
    boolean paucal = last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14);
    return count + (paucal ? " раза" : " раз");
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  static String sections(Set<DiarySection> sections, Locale locale) {
    return sections.stream().map(s -> s.displayName(locale)).collect(Collectors.joining(", "));
  }

  /** Each of the library's field errors, beside the form field it concerns. */
  private static Map<String, String> fieldErrors(InvalidInputException invalid, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (InvalidInputException.FieldError error : invalid.errors()) {
      errors.putIfAbsent(formField(error.field()), error.reason().message(locale));
    }
    return errors;
  }

  private static String formField(String field) {
    if (field.startsWith("pupil")) {
      return "pupils";
    } else if (field.startsWith("trusteeMobilePhone") || field.startsWith("trusteeSnils")) {
      return "contact";
    } else if (field.startsWith("trusteeSurname")) {
      return "surname";
    } else if (field.startsWith("sections")) {
      return "sections";
    } else if (field.startsWith("endDate")) {
      return "endDate";
    } else if (field.startsWith("service")) {
      return "service";
    }
    return "contact";
  }
}
