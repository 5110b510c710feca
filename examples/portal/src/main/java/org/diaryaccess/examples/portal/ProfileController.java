package org.diaryaccess.examples.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.people.Citizen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Личные данные»: the citizen's own profile, «Проверить обязательные данные» (the library's
 * {@code readiness}, with what is required and why), and editing e-mail, phone and SNILS with each
 * field's problem beside it and, before saving, the diaries the change would close
 * ({@code diariesClosedBy}).
 * The profile is the portal's own data, kept through the store's citizens port.
 */
@Controller
class ProfileController {
  private final DiaryAccess access;
  private final DiaryStore store;
  private final Names names;

  ProfileController(DiaryAccess access, DiaryStore store, Names names) {
    this.access = access;
    this.store = store;
    this.names = names;
  }

  @GetMapping("/profile")
  String page(Account me, @RequestParam(defaultValue = "false") boolean check, Model model, Locale locale) {
    Citizen citizen = citizen(me);
    if (check) {
      model.addAttribute("readiness", access.readiness(me.citizen()));
    }
    Contacts contacts = citizen.contacts();
    show(model, locale, citizen, contacts.rawEmail().orElse(""), contacts.rawMobilePhone().orElse(""),
        contacts.rawSnils().orElse(""), Map.of());
    return "profile";
  }

  /**
   * Saves the profile. A change that would close a diary the citizen sees now as a parent or as
   * the pupil ({@code diariesClosedBy}) is said so first, and saved only once confirmed; after it,
   * the page points to «Если войти не получилось».
   */
  @PostMapping("/profile")
  String save(Account me, @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String mobilePhone, @RequestParam(defaultValue = "") String snils,
      @RequestParam(required = false) String confirmed, Model model, Locale locale, RedirectAttributes after) {
    Citizen citizen = citizen(me);
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      Contacts written = Contacts.of(email, mobilePhone, snils);
      for (FieldProblem problem : written.problems()) {
        errors.putIfAbsent(field(problem.field()), problem.reason().message(locale));
      }
      if (errors.isEmpty()) {
        List<String> closing = access.diariesClosedBy(me.citizen(), written).stream()
            .map(d -> d.name().fullName() + ", " + d.className()).toList();
        if (!closing.isEmpty() && !Confirmation.given(confirmed)) {
          show(model, locale, citizen, email, mobilePhone, snils, errors);
          model.addAttribute("closing", closing);
          return "profile";
        }
        store.citizens().save(citizen.withContacts(written));
        after.addFlashAttribute("saved", true);
        after.addFlashAttribute("closed", closing);
        return "redirect:/profile";
      }
    } catch (InvalidInputException tooLong) {
      tooLong.errors().forEach(e -> errors.putIfAbsent(e.field(), e.reason().message(locale)));
    }
    show(model, locale, citizen, email, mobilePhone, snils, errors);
    return "profile";
  }

  private Citizen citizen(Account me) {
    return store.citizens().findById(me.citizen())
        .orElseThrow(() -> new IllegalStateException("a signed-in citizen has no profile"));
  }

  private void show(Model model, Locale locale, Citizen citizen, String email, String mobilePhone, String snils,
      Map<String, String> errors) {
    model.addAttribute("citizen", citizen);
    model.addAttribute("birthDate", citizen.birthDate() == null ? null : names.day(citizen.birthDate(), locale));
    model.addAttribute("email", email);
    model.addAttribute("mobilePhone", mobilePhone);
    model.addAttribute("snils", snils);
    model.addAttribute("errors", errors);
  }

  /** The form field a contact field is edited in. */
  static String field(ContactField field) {
    return switch (field) {
      case EMAIL -> "email";
      case MOBILE_PHONE -> "mobilePhone";
      case SNILS -> "snils";
    };
  }
}
