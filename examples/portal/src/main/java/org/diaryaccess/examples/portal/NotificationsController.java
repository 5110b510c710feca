package org.diaryaccess.examples.portal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.Acceptance;
import org.diaryaccess.core.wording.GrammaticalCase;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Центр уведомлений»: invitations received, with «Принять» ({@code accept}) and «Отклонить»
 * ({@code decline}, asked once more) ({@code invitationsReceived}), and the notices the library
 * delivered, each in the library's words in the reader's language.
 */
@Controller
class NotificationsController {
  private final DiaryAccess access;
  private final PortalNotices notices;
  private final Names names;
  private final MessageSource messages;

  NotificationsController(DiaryAccess access, PortalNotices notices, Names names, MessageSource messages) {
    this.access = access;
    this.notices = notices;
    this.names = names;
    this.messages = messages;
  }

  /**
   * An invitation awaiting the citizen's answer.
   *
   * @param id the invitation
   * @param inviter who invited
   * @param service the service, in words
   * @param children the children, in words
   * @param sections the sections offered, in words
   * @param endDate the last day of access, or empty
   * @param expires the day it expires
   */
  record Received(String id, String inviter, String service, String children, String sections, String endDate,
      String expires) {}

  /**
   * A notice.
   *
   * @param topic what happened, in a few words
   * @param text what the library says of it to the reader
   * @param at when
   */
  record Shown(String topic, String text, String at) {}

  @GetMapping("/notifications")
  String page(Account me, Model model, Locale locale) {
    List<Received> received = new ArrayList<>();
    for (Invitation invitation : access.invitationsReceived(me.citizen(), EnumSet.of(InvitationState.PENDING),
        PageRequest.first()).items()) {
      received.add(new Received(invitation.id().value(), names.citizen(invitation.inviter()),
          invitation.service().displayName(locale), names.pupils(invitation.pupils()),
          TrustedController.sections(invitation.sections(), locale),
          invitation.endDate() == null ? "" : names.day(invitation.endDate(), locale),
          names.day(invitation.expiresAt(), locale)));
    }
    model.addAttribute("received", received);
    model.addAttribute("notices", notices.of(me.citizen()).stream()
        .map(n -> new Shown(n.topic().displayName(locale), n.text().in(locale), names.minute(n.at(), locale)))
        .toList());
    return "notifications";
  }

  @PostMapping("/notifications/accept")
  String accept(Account me, @RequestParam String invitation, RedirectAttributes after) {
    Acceptance acceptance = access.accept(me.citizen(), InvitationId.of(invitation));
    after.addFlashAttribute("done", acceptance.grants().isEmpty() ? "done.acceptedNothing" : "done.accepted");
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/decline")
  String decline(Account me, @RequestParam String invitation, @RequestParam(required = false) String confirmed,
      Model model, Locale locale, RedirectAttributes after) {
    InvitationId id = InvitationId.of(invitation);
    if (!Confirmation.given(confirmed)) {
      String question = access.invitationsReceived(me.citizen(), EnumSet.of(InvitationState.PENDING),
              PageRequest.first()).items().stream().filter(i -> i.id().equals(id)).findFirst()
          .map(i -> messages.getMessage("confirm.decline.questionFrom",
              new Object[] {PortalWords.person(names.person(i.inviter()), GrammaticalCase.GENITIVE, locale)}, locale))
          .orElse(messages.getMessage("confirm.decline.question", null, locale));
      model.addAttribute("confirmation", new Confirmation(messages.getMessage("confirm.decline.title", null, locale),
          question, messages.getMessage("confirm.decline.detail", null, locale), "/notifications/decline",
          Map.of("invitation", invitation), messages.getMessage("notifications.decline", null, locale),
          "/notifications"));
      return "confirm";
    }
    access.decline(me.citizen(), id);
    after.addFlashAttribute("done", "done.declined");
    return "redirect:/notifications";
  }
}
