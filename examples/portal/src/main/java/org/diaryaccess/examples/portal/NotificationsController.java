package org.diaryaccess.examples.portal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.invitation.Acceptance;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Центр уведомлений»: invitations received, with «Принять» ({@code accept}) and «Отклонить»
 * ({@code decline}) ({@code invitationsReceived}), and the notices the library delivered.
 */
@Controller
class NotificationsController {
  private final DiaryAccess access;
  private final PortalNotices notices;
  private final Names names;

  NotificationsController(DiaryAccess access, PortalNotices notices, Names names) {
    this.access = access;
    this.notices = notices;
    this.names = names;
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
   * @param topic what happened, in words
   * @param at when
   */
  record Shown(String topic, String at) {}

  @GetMapping("/notifications")
  String page(Account me, Model model, Locale locale) {
    List<Received> received = new ArrayList<>();
    for (Invitation invitation : access.invitationsReceived(me.citizen(), EnumSet.of(InvitationState.PENDING),
        PageRequest.first()).items()) {
      received.add(new Received(invitation.id().value(), names.citizen(invitation.inviter()),
          invitation.service().displayName(locale), names.pupils(invitation.pupils()),
          TrustedController.sections(invitation.sections(), locale),
          invitation.endDate() == null ? "" : names.day(invitation.endDate()), names.day(invitation.expiresAt())));
    }
    model.addAttribute("received", received);
    model.addAttribute("notices", notices.of(me.citizen()).stream()
        .map(n -> new Shown(n.topic().displayName(locale), names.minute(n.at()))).toList());
    return "notifications";
  }

  @PostMapping("/notifications/accept")
  String accept(Account me, @RequestParam String invitation, RedirectAttributes after) {
    Acceptance acceptance = access.accept(me.citizen(), InvitationId.of(invitation));
    after.addFlashAttribute("done", acceptance.grants().isEmpty() ? "done.acceptedNothing" : "done.accepted");
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/decline")
  String decline(Account me, @RequestParam String invitation, RedirectAttributes after) {
    access.decline(me.citizen(), InvitationId.of(invitation));
    after.addFlashAttribute("done", "done.declined");
    return "redirect:/notifications";
  }
}
