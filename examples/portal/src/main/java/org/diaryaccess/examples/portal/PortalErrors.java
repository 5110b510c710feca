package org.diaryaccess.examples.portal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's error pages, in place of Spring Boot's: a page in the reader's language whose
 * language links lead to the page that failed in the other language (not to {@code /error}); for
 * a client that does not ask for HTML, an RFC 9457 problem in JSON, localized, not Spring's
 * English default. {@code /error} asked for directly reads as a page that does not exist.
 */
@Controller
class PortalErrors implements ErrorController {
  private final PortalAdvice advice;
  private final MessageSource messages;

  PortalErrors(PortalAdvice advice, MessageSource messages) {
    this.advice = advice;
    this.messages = messages;
  }

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request, Locale locale, @Nullable Authentication signedIn) {
    HttpStatus status = status(request);
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("message", messages.getMessage(messageKey(status), null, locale));
    advice.fill(page.getModel(), request, failedPath(request), signedIn);
    return page;
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
    HttpStatus status = status(request);
    return PortalAdvice.problem(status, advice.title(status, locale),
        messages.getMessage(messageKey(status), null, locale), locale, failedPath(request));
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null ? HttpStatus.NOT_FOUND : status;
  }

  private static String messageKey(HttpStatus status) {
    return switch (status) {
      case FORBIDDEN -> "error.forbidden";
      case NOT_FOUND -> "error.notFound";
      case BAD_REQUEST -> "error.badRequest";
      case METHOD_NOT_ALLOWED -> "error.notFound";
      default -> "error.other";
    };
  }

  /** The path that failed, for the language links; {@code /} if {@code /error} was asked for itself. */
  private static String failedPath(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri instanceof String path && !path.equals("/error") ? path : "/";
  }
}
