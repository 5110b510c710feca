package org.diaryaccess.examples.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** «Вход»: choose one of the seeded accounts; the choice lives in the HTTP session only. */
@Controller
class SignInController {
  private final Accounts accounts;
  private final SecurityContextRepository sessions;

  SignInController(Accounts accounts, SecurityContextRepository sessions) {
    this.accounts = accounts;
    this.sessions = sessions;
  }

  @GetMapping("/sign-in")
  String page(Model model) {
    model.addAttribute("accounts", accounts.all());
    return "sign-in";
  }

  @PostMapping("/sign-in")
  String signIn(@RequestParam(defaultValue = "") String account, HttpServletRequest request,
      HttpServletResponse response, RedirectAttributes after) {
    Optional<Account> chosen = accounts.byKey(account);
    if (chosen.isEmpty()) {
      after.addFlashAttribute("nobody", true);
      return "redirect:/sign-in";
    }
    request.getSession();
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(chosen.get().key(), null,
        List.of(new SimpleGrantedAuthority(chosen.get().role().authority()))));
    SecurityContextHolder.setContext(context);
    sessions.saveContext(context, request, response);
    return "redirect:/";
  }

  @GetMapping("/")
  String home(Account me) {
    return switch (me.role()) {
      case CITIZEN -> "redirect:/diaries";
      case TEACHER -> "redirect:/school";
      case OPERATOR -> "redirect:/operator";
    };
  }
}
