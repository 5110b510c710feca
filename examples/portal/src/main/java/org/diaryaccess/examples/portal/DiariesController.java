package org.diaryaccess.examples.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.AccessDecision;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.core.wording.GrammaticalCase;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.PupilRecord;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Мои дневники»: the diaries the citizen may open with the basis of each ({@code visibleDiaries});
 * a diary's sections, each asked of the library ({@code decide}) and shown or refused in words;
 * «Если войти не получилось» ({@code diagnose}), told from what the citizen has; and a trusted
 * person giving up their access ({@code renounce}), asked once more before it is done.
 */
@Controller
class DiariesController {
  /** The sections the demo diary has entries for. */
  static final List<DiarySection> SHOWN = List.of(DiarySection.GRADES, DiarySection.HOMEWORK, DiarySection.ATTENDANCE);

  private final DiaryAccess access;
  private final DiaryStore store;
  private final MessageSource messages;

  DiariesController(DiaryAccess access, DiaryStore store, MessageSource messages) {
    this.access = access;
    this.store = store;
    this.messages = messages;
  }

  /**
   * A diary in the list.
   *
   * @param pupil the record id, for the link that opens it
   * @param name the child's name
   * @param className the class
   * @param basis why the citizen may see it, in words
   * @param grant the grant a trusted person may give up, or {@code null}
   */
  record Row(String pupil, String name, String className, String basis, @Nullable String grant) {}

  @GetMapping("/diaries")
  String list(Account me, Model model, Locale locale) {
    List<Row> rows = new ArrayList<>();
    for (VisibleDiary diary : access.visibleDiaries(me.citizen(), PageRequest.first()).items()) {
      rows.add(new Row(diary.pupil().value(), diary.name().fullName(), diary.className(),
          diary.basis().displayName(locale),
          diary.basis() instanceof Basis.TrustedPerson trusted ? trusted.grant().value() : null));
    }
    model.addAttribute("diaries", rows);
    return "diaries";
  }

  /**
   * One section of an opened diary: its entries, or the library's reasons for refusing it.
   *
   * @param section the section
   * @param entries the demo entries, when allowed
   * @param refusals the reasons in words, when refused
   */
  record Shown(DiarySection section, List<String> entries, List<String> refusals) {}

  @GetMapping("/diaries/open")
  String open(Account me, @RequestParam String pupil, Model model, Locale locale) {
    PupilRecordId id = PupilRecordId.of(pupil);
    List<Shown> sections = new ArrayList<>();
    boolean any = false;
    for (DiarySection section : SHOWN) {
      AccessDecision decision = access.decide(me.citizen(), id, section);
      if (decision.isAllowed()) {
        any = true;
        sections.add(new Shown(section, entries(section, locale), List.of()));
      } else {
        sections.add(new Shown(section, List.of(), PortalAdvice.Refusals.words(decision.reasons(), locale)));
      }
    }
    // The child's name only to someone who may see at least a part of the diary.
    if (any) {
      model.addAttribute("pupil", store.schoolRegister().findById(id).map(PupilRecord::name)
          .map(PersonName::fullName).orElse(""));
    }
    model.addAttribute("sections", sections);
    return "diary";
  }

  @GetMapping("/diaries/help")
  String help(Account me, Model model) {
    model.addAttribute("diagnosis", access.diagnose(me.citizen()));
    return "help";
  }

  @PostMapping("/diaries/renounce")
  String renounce(Account me, @RequestParam String grant, @RequestParam(required = false) String confirmed,
      Model model, Locale locale, RedirectAttributes after) {
    GrantId id = GrantId.of(grant);
    if (!Confirmation.given(confirmed)) {
      String question = access.visibleDiaries(me.citizen(), PageRequest.first()).items().stream()
          .filter(d -> d.basis() instanceof Basis.TrustedPerson trusted && trusted.grant().equals(id)).findFirst()
          .map(d -> messages.getMessage("confirm.renounce.questionOf",
              new Object[] {PortalWords.child(d.name(), GrammaticalCase.GENITIVE, locale)}, locale))
          .orElse(messages.getMessage("confirm.renounce.question", null, locale));
      model.addAttribute("confirmation", new Confirmation(messages.getMessage("confirm.renounce.title", null, locale),
          question, messages.getMessage("confirm.renounce.detail", null, locale), "/diaries/renounce",
          Map.of("grant", grant), messages.getMessage("diaries.renounce", null, locale), "/diaries"));
      return "confirm";
    }
    access.renounce(me.citizen(), id);
    after.addFlashAttribute("done", "done.renounced");
    return "redirect:/diaries";
  }

  private List<String> entries(DiarySection section, Locale locale) {
    return List.of(messages.getMessage("diary.entries." + section.name(), null, locale).split("\\|"));
  }
}
