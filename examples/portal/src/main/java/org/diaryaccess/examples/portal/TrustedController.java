package org.diaryaccess.examples.portal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.Viewer;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.core.invitation.InvitationPreview;
import org.diaryaccess.spi.error.DiaryAccessException;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Доверенные лица»: the guide's four steps — service, children, phone or SNILS and surname (with
 * sections and an end date), «Проверка данных» ({@code preview}) and «Отправить» ({@code send});
 * then per child the trusted persons with «Отозвать» ({@code whoCanSee}, {@code revoke}) and the
 * invitations sent with «Отменить» ({@code invitationsSent}, {@code cancel}).
 */
@Controller
class TrustedController {
  private final DiaryAccess access;
  private final Names names;

  TrustedController(DiaryAccess access, Names names) {
    this.access = access;
    this.names = names;
  }

  /**
   * A child the citizen represents, with the trusted persons who see the diary.
   *
   * @param pupil the record id, for the form's checkbox
   * @param name the child's name and class, as the guide lists them
   * @param trusted the trusted persons
   */
  record Child(String pupil, String name, List<Trusted> trusted) {}

  /**
   * A trusted person of a child.
   *
   * @param name their name
   * @param sections the sections shared, in words
   * @param grant the grant «Отозвать» ends
   */
  record Trusted(String name, String sections, String grant) {}

  /**
   * An invitation awaiting its answer.
   *
   * @param id the invitation «Отменить» cancels
   * @param invitee whom it went to
   * @param children the children, in words
   * @param expires the day it expires
   */
  record Sent(String id, String invitee, String children, String expires) {}

  @GetMapping("/trusted")
  String page(Account me, Model model, Locale locale) {
    return form(me, new InvitationForm(), Map.of(), List.of(), model, locale);
  }

  @PostMapping("/trusted/preview")
  String preview(Account me, @ModelAttribute("form") InvitationForm form, Model model, Locale locale) {
    try {
      InvitationPreview preview = access.preview(me.citizen(), form.toRequest());
      model.addAttribute("form", form);
      model.addAttribute("preview", preview);
      model.addAttribute("sections", sections(preview.sections(), locale));
      return "trusted-preview";
    } catch (InvalidInputException invalid) {
      return form(me, form, fieldErrors(invalid, locale), List.of(), model, locale);
    } catch (DiaryAccessException refused) {
      return form(me, form, Map.of(), PortalAdvice.Refusals.messages(refused, locale), model, locale);
    }
  }

  @PostMapping("/trusted/send")
  String send(Account me, @ModelAttribute("form") InvitationForm form, Model model, Locale locale,
      RedirectAttributes after) {
    try {
      access.send(me.citizen(), form.toRequest());
    } catch (InvalidInputException invalid) {
      return form(me, form, fieldErrors(invalid, locale), List.of(), model, locale);
    } catch (DiaryAccessException refused) {
      return form(me, form, Map.of(), PortalAdvice.Refusals.messages(refused, locale), model, locale);
    }
    after.addFlashAttribute("done", "done.sent");
    return "redirect:/trusted";
  }

  @PostMapping("/trusted/cancel")
  String cancel(Account me, @RequestParam String invitation, RedirectAttributes after) {
    access.cancel(me.citizen(), InvitationId.of(invitation));
    after.addFlashAttribute("done", "done.cancelled");
    return "redirect:/trusted";
  }

  @PostMapping("/trusted/revoke")
  String revoke(Account me, @RequestParam String grant, RedirectAttributes after) {
    access.revoke(me.citizen(), GrantId.of(grant));
    after.addFlashAttribute("done", "done.revoked");
    return "redirect:/trusted";
  }

  private String form(Account me, InvitationForm form, Map<String, String> errors, List<String> problems,
      Model model, Locale locale) {
    List<Child> children = new ArrayList<>();
    for (VisibleDiary diary : access.visibleDiaries(me.citizen(), PageRequest.first()).items()) {
      if (!(diary.basis() instanceof Basis.LegalRepresentative)) {
        continue;
      }
      List<Trusted> trusted = new ArrayList<>();
      for (Viewer viewer : access.whoCanSee(me.citizen(), diary.pupil(), PageRequest.first()).items()) {
        if (viewer.basis() instanceof Basis.TrustedPerson grant) {
          trusted.add(new Trusted(viewer.name().fullName(), sections(grant.sections(), locale), grant.grant().value()));
        }
      }
      children.add(new Child(diary.pupil().value(), diary.name().fullName() + ", " + diary.className(), trusted));
    }
    List<Sent> sent = new ArrayList<>();
    for (Invitation invitation : access.invitationsSent(me.citizen(), EnumSet.of(InvitationState.PENDING),
        PageRequest.first()).items()) {
      sent.add(new Sent(invitation.id().value(), names.citizen(invitation.invitee()),
          names.pupils(invitation.pupils()), names.day(invitation.expiresAt())));
    }
    model.addAttribute("form", form);
    model.addAttribute("children", children);
    model.addAttribute("sent", sent);
    model.addAttribute("errors", errors);
    model.addAttribute("problems", problems);
    model.addAttribute("allSections", DiariesController.SHOWN);
    model.addAttribute("serviceName", Service.E_DIARY.displayName(locale));
    return "trusted";
  }

  static String sections(java.util.Set<DiarySection> sections, Locale locale) {
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
