package org.diaryaccess.examples.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.diaryaccess.spi.error.DiaryAccessException;
import org.diaryaccess.spi.error.ReasonCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page knows — who is signed in, the page's own path for the language switch — and
 * how a refusal the library throws on a page reads: its reasons in the reader's language, never
 * a code or a stack trace.
 */
@ControllerAdvice
class PortalAdvice {
  private final Accounts accounts;
  private final DemoClock clock;

  PortalAdvice(Accounts accounts, DemoClock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @ModelAttribute
  void common(Model model, HttpServletRequest request, Authentication signedIn) {
    model.addAttribute("langRu", switched(request, "ru"));
    model.addAttribute("langEn", switched(request, "en"));
    model.addAttribute("today", LocalDate.now(clock));
    if (signedIn != null) {
      accounts.byKey(signedIn.getName()).ifPresent(me -> model.addAttribute("me", me));
    }
  }

  /** This page in another language; after a form's post, the home page in it. */
  private static String switched(HttpServletRequest request, String language) {
    if (!"GET".equals(request.getMethod())) {
      return "/?lang=" + language;
    }
    return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
        .replaceQueryParam("lang", language).build().toUriString();
  }

  @ExceptionHandler(DiaryAccessException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
  String refused(DiaryAccessException refusal, Model model, Locale locale, HttpServletRequest request,
      Authentication signedIn) {
    common(model, request, signedIn);
    model.addAttribute("problems", Refusals.messages(refusal, locale));
    return "refused";
  }

  /** The words of a refusal. */
  static final class Refusals {
    private Refusals() {}

    static List<String> messages(DiaryAccessException refusal, Locale locale) {
      return words(refusal.reasons(), locale);
    }

    static List<String> words(List<ReasonCode> reasons, Locale locale) {
      return reasons.stream().map(reason -> reason.message(locale)).distinct().toList();
    }
  }
}
