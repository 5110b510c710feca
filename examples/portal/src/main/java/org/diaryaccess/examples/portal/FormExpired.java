package org.diaryaccess.examples.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form posted after its page was open too long — its CSRF token is gone with the session, or
 * never matched — says so and offers to reload the page, instead of a bare «доступ запрещён». Any
 * other refusal of access is Spring Security's as before.
 */
@Controller
class FormExpired {
  /** Where an expired form is forwarded to; open to everyone. */
  static final String PATH = "/form-expired";

  private final PortalAdvice advice;
  private final MessageSource messages;

  FormExpired(PortalAdvice advice, MessageSource messages) {
    this.advice = advice;
    this.messages = messages;
  }

  /** The handler the security chain calls when access is denied. */
  static AccessDeniedHandler handler() {
    AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
    return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) -> {
      if (denied instanceof CsrfException) {
        forward(request, response);
      } else {
        otherwise.handle(request, response, denied);
      }
    };
  }

  private static void forward(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    try {
      request.getRequestDispatcher(PATH).forward(request, response);
    } catch (ServletException e) {
      throw new IOException(e);
    }
  }

  @RequestMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request, @Nullable Authentication signedIn) {
    ModelAndView page = new ModelAndView("expired", HttpStatus.FORBIDDEN);
    page.addObject("reload", reload(request));
    advice.fill(page.getModel(), request, "/", signedIn);
    return page;
  }

  @RequestMapping(PATH)
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
    return PortalAdvice.problem(HttpStatus.FORBIDDEN, messages.getMessage("expired.title", null, locale),
        messages.getMessage("expired.lead", null, locale), locale, request.getRequestURI());
  }

  /** The page the form was on, if the browser said so and it is the portal's; the home page otherwise. */
  private static String reload(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return "/";
    }
    try {
      URI from = URI.create(referer);
      boolean ours = from.getHost() == null || from.getHost().equals(request.getServerName());
      String path = from.getRawPath();
      return ours && path != null && path.startsWith("/") && !path.startsWith("//")
          ? path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()) : "/";
    } catch (IllegalArgumentException malformed) {
      return "/";
    }
  }
}
