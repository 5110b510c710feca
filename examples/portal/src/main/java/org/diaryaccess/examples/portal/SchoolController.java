package org.diaryaccess.examples.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.contact.ContactField;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.school.LegalRepresentative;
import org.diaryaccess.spi.school.PupilRecord;
import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Классный руководитель»: the school's side, where the guide's «Передать обязательные данные в
 * школу» leads — the class teacher corrects a pupil's record (the child's contacts, each
 * parent's, enrolled or left) and the school register takes it ({@code SchoolRegister.upsert}),
 * as the school's system would. Contacts already held are shown masked; a field left blank
 * keeps what is held.
 */
@Controller
class SchoolController {
  private final DiaryStore store;
  private final Accounts accounts;
  private final MessageSource messages;

  SchoolController(DiaryStore store, Accounts accounts, MessageSource messages) {
    this.store = store;
    this.accounts = accounts;
    this.messages = messages;
  }

  /**
   * Whose contacts a part of the form edits.
   *
   * @param prefix the form fields' prefix: {@code child} or {@code rep0}, {@code rep1}...
   * @param who the person, in words
   * @param kind the representative's kind, in words, or empty for the child
   * @param email the e-mail held, masked
   * @param mobilePhone the phone held, masked
   * @param snils the SNILS held, masked
   */
  record Person(String prefix, String who, String kind, String email, String mobilePhone, String snils) {}

  /**
   * A pupil of the class.
   *
   * @param id the record id, for the link that edits it
   * @param name the child's name
   * @param className the class
   * @param enrolled whether the child is enrolled
   * @param people the child and the parents, contacts masked
   */
  record Pupil(String id, String name, String className, boolean enrolled, List<Person> people) {}

  @GetMapping("/school")
  String roster(Model model, Locale locale) {
    List<Pupil> pupils = new ArrayList<>();
    for (PupilRecord record : store.schoolRegister().findAllById(accounts.classRoster())) {
      pupils.add(new Pupil(record.id().value(), record.name().fullName(), record.className(), record.enrolled(),
          people(record, locale)));
    }
    model.addAttribute("pupils", pupils);
    return "school";
  }

  @GetMapping("/school/pupil")
  String edit(@RequestParam String id, Model model, Locale locale) {
    PupilRecord record = ofTheClass(id);
    show(model, record, Map.of(), Map.of(), record.enrolled(), locale);
    return "school-pupil";
  }

  /**
   * Saves what the teacher typed: a field left blank keeps what is held; an error keeps
   * everything typed beside it; a record that would not change says so rather than «сохранены»;
   * unticking «Обучается в школе» closes the diary for the family, so it is asked once more.
   */
  @PostMapping("/school/pupil")
  String save(@RequestParam String id, @RequestParam Map<String, String> form, Model model, Locale locale,
      RedirectAttributes after) {
    PupilRecord record = ofTheClass(id);
    boolean enrolled = form.containsKey("enrolled");
    Map<String, String> errors = new LinkedHashMap<>();
    Contacts child = edited(record.contacts(), "child", form, errors, locale);
    List<LegalRepresentative> representatives = new ArrayList<>();
    for (int i = 0; i < record.representatives().size(); i++) {
      LegalRepresentative held = record.representatives().get(i);
      representatives.add(new LegalRepresentative(held.kind(), held.name(),
          edited(held.contacts(), "rep" + i, form, errors, locale)));
    }
    if (!errors.isEmpty()) {
      show(model, record, typed(form), errors, enrolled, locale);
      return "school-pupil";
    }
    PupilRecord corrected = record.withContacts(child).withRepresentatives(representatives).withEnrolled(enrolled);
    if (corrected.sameAsWritten(record)) {
      after.addFlashAttribute("done", "done.recordUnchanged");
      return "redirect:/school";
    }
    if (record.enrolled() && !enrolled && !Confirmation.given(form.get(Confirmation.CONFIRMED))) {
      Map<String, String> fields = new LinkedHashMap<>(typed(form));
      fields.put("id", id);
      model.addAttribute("confirmation", new Confirmation(messages.getMessage("confirm.unenrol.title", null, locale),
          messages.getMessage("confirm.unenrol.question", new Object[] {record.name().fullName()}, locale),
          messages.getMessage("confirm.unenrol.detail", null, locale), "/school/pupil", fields,
          messages.getMessage("confirm.unenrol.button", null, locale), "/school/pupil?id=" + id));
      return "confirm";
    }
    store.schoolRegister().upsert(List.of(corrected));
    after.addFlashAttribute("done", "done.recordSaved");
    return "redirect:/school";
  }

  /** The contact fields as the teacher typed them, to show again or to post again. */
  private static Map<String, String> typed(Map<String, String> form) {
    Map<String, String> typed = new LinkedHashMap<>();
    form.forEach((field, value) -> {
      if (field.endsWith("Email") || field.endsWith("MobilePhone") || field.endsWith("Snils")) {
        typed.put(field, value);
      }
    });
    return typed;
  }

  private PupilRecord ofTheClass(String id) {
    PupilRecordId pupil = PupilRecordId.of(id);
    if (!accounts.classRoster().contains(pupil)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return store.schoolRegister().findById(pupil).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** The contacts held, with each field the teacher filled in replacing the one held. */
  private static Contacts edited(Contacts held, String prefix, Map<String, String> form, Map<String, String> errors,
      Locale locale) {
    String email = form.getOrDefault(prefix + "Email", "").strip();
    String phone = form.getOrDefault(prefix + "MobilePhone", "").strip();
    String snils = form.getOrDefault(prefix + "Snils", "").strip();
    try {
      Contacts written = Contacts.of(email.isEmpty() ? held.rawEmail().orElse(null) : email,
          phone.isEmpty() ? held.rawMobilePhone().orElse(null) : phone,
          snils.isEmpty() ? held.rawSnils().orElse(null) : snils);
      for (FieldProblem problem : written.problems()) {
        errors.putIfAbsent(prefix + capitalised(ProfileController.field(problem.field())),
            problem.reason().message(locale));
      }
      return written;
    } catch (InvalidInputException tooLong) {
      tooLong.errors().forEach(e -> errors.putIfAbsent(prefix + capitalised(e.field()), e.reason().message(locale)));
      return held;
    }
  }

  private static String capitalised(String field) {
    return Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  private static void show(Model model, PupilRecord record, Map<String, String> typed, Map<String, String> errors,
      boolean enrolled, Locale locale) {
    model.addAttribute("id", record.id().value());
    model.addAttribute("name", record.name().fullName());
    model.addAttribute("className", record.className());
    model.addAttribute("enrolled", enrolled);
    model.addAttribute("people", people(record, locale));
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
  }

  private static List<Person> people(PupilRecord record, Locale locale) {
    List<Person> people = new ArrayList<>();
    people.add(person("child", record.name().fullName(), "", record.contacts()));
    for (int i = 0; i < record.representatives().size(); i++) {
      LegalRepresentative representative = record.representatives().get(i);
      people.add(person("rep" + i, representative.name().fullName(), representative.kind().displayName(locale),
          representative.contacts()));
    }
    return people;
  }

  private static Person person(String prefix, String who, String kind, Contacts contacts) {
    return new Person(prefix, who, kind, masked(contacts, ContactField.EMAIL, contacts.rawEmail()),
        masked(contacts, ContactField.MOBILE_PHONE, contacts.rawMobilePhone()),
        masked(contacts, ContactField.SNILS, contacts.rawSnils()));
  }

  /** A valid contact masked; one written but not valid only as held; none as a dash. */
  private static String masked(Contacts contacts, ContactField field, Optional<String> raw) {
    return contacts.value(field).map(ContactValue::masked).orElse(raw.isPresent() ? "***" : "—");
  }
}
