package org.diaryaccess.examples.portal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.audit.AuditVerification;
import org.diaryaccess.core.housekeeping.HousekeepingReport;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.paging.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Оператор»: the library's state for the people who run the portal ({@code status}), the grants
 * the diary system has not opened by their deadline with «Подтвердить» ({@code overdueGrants},
 * {@code confirmProvisioning} — the operator plays the diary system), the audit log's check
 * ({@code verifyAudit}), housekeeping on demand ({@code housekeeping}) and the demo clock.
 */
@Controller
class OperatorController {
  private final DiaryAccess access;
  private final DemoClock clock;
  private final Names names;

  OperatorController(DiaryAccess access, DemoClock clock, Names names) {
    this.access = access;
    this.clock = clock;
    this.names = names;
  }

  /**
   * A grant the diary system has not confirmed in time.
   *
   * @param id the grant «Подтвердить» confirms
   * @param trustee the trusted person
   * @param pupil the child
   * @param accepted when the invitation was accepted
   */
  record Overdue(String id, String trustee, String pupil, String accepted) {}

  @GetMapping("/operator")
  String page(Model model, Locale locale) {
    List<Overdue> overdue = new ArrayList<>();
    for (Grant grant : access.overdueGrants(PageRequest.first()).items()) {
      overdue.add(new Overdue(grant.id().value(), names.citizen(grant.trustee()),
          names.pupils(List.of(grant.pupil())), names.minute(grant.acceptedAt(), locale)));
    }
    model.addAttribute("overdue", overdue);
    model.addAttribute("status", access.status());
    model.addAttribute("now", names.minute(clock.instant(), locale));
    model.addAttribute("ahead", clock.ahead().toHours());
    return "operator";
  }

  @PostMapping("/operator/confirm")
  String confirm(@RequestParam String grant, RedirectAttributes after) {
    access.confirmProvisioning(GrantId.of(grant));
    after.addFlashAttribute("done", "done.confirmed");
    return "redirect:/operator";
  }

  @PostMapping("/operator/clock")
  String advance(@RequestParam(defaultValue = "0") int hours, RedirectAttributes after) {
    if (hours > 0 && hours <= 24 * 365) {
      clock.advance(Duration.ofHours(hours));
      after.addFlashAttribute("report", reported(access.housekeeping()));
    }
    return "redirect:/operator";
  }

  @PostMapping("/operator/housekeeping")
  String housekeeping(RedirectAttributes after) {
    after.addFlashAttribute("report", reported(access.housekeeping()));
    return "redirect:/operator";
  }

  @PostMapping("/operator/audit")
  String audit(RedirectAttributes after) {
    AuditVerification verification = access.verifyAudit();
    after.addFlashAttribute("auditIntact", verification.isIntact());
    after.addFlashAttribute("auditVerified", verification.verified());
    return "redirect:/operator";
  }

  /** A housekeeping run's counts, by their message keys, for the next page (a flash attribute: serialisable). */
  private static Map<String, Integer> reported(HousekeepingReport report) {
    LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
    counts.put("report.expiredInvitations", report.expiredInvitations());
    counts.put("report.terminatedGrants", report.terminatedGrants());
    counts.put("report.activatedGrants", report.activatedGrants());
    counts.put("report.overdueGrants", report.overdueGrants());
    counts.put("report.delivered", report.delivered());
    counts.put("report.failedDeliveries", report.failedDeliveries());
    counts.put("report.sealedAuditEntries", report.sealedAuditEntries());
    return counts;
  }
}
