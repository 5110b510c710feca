package org.diaryaccess.examples.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.core.decision.Basis;
import org.diaryaccess.core.decision.VisibleDiary;
import org.diaryaccess.spi.error.DiaryAccessException;
import org.diaryaccess.spi.error.InvalidInputException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page knows — who is signed in, which pages their menu offers, the page's own path for
 * the language switch — and how a failure on a page reads: a refusal the library throws in its
 * reasons, a malformed or missing parameter as what was wrong (400), always in the reader's
 * language, never a code or a stack trace; a client that does not ask for HTML gets the same as an
 * RFC 9457 problem in JSON.
 */
@ControllerAdvice
class PortalAdvice {
  private final Accounts accounts;
  private final DemoClock clock;
  private final DiaryAccess access;
  private final MessageSource messages;

  PortalAdvice(Accounts accounts, DemoClock clock, DiaryAccess access, MessageSource messages) {
    this.accounts = accounts;
    this.clock = clock;
    this.access = access;
    this.messages = messages;
  }

  @ModelAttribute
  void common(Model model, HttpServletRequest request, Authentication signedIn) {
    fill(model.asMap(), request, request.getRequestURI(), signedIn);
  }

  /**
   * What every page's header needs: the language links for a path, who is signed in, their menu.
   *
   * @param model the page's model
   * @param request the request
   * @param path the path the language links lead to
   * @param signedIn who is signed in, or {@code null}
   */
  void fill(Map<String, Object> model, HttpServletRequest request, String path, @Nullable Authentication signedIn) {
    model.put("langRu", switched(request, path, "ru"));
    model.put("langEn", switched(request, path, "en"));
    model.put("today", LocalDate.now(clock));
    if (signedIn != null) {
      accounts.byKey(signedIn.getName()).ifPresent(me -> {
        model.put("me", me);
        model.put("parentPages", me.citizen() != null && offersParentPages(me));
      });
    }
  }

  /**
   * Whether the menu offers the parents' pages («Доверенные лица»): not to a pupil, who sees their
   * own diary and represents nobody.
   */
  private boolean offersParentPages(Account me) {
    List<VisibleDiary> diaries = access.visibleDiaries(me.citizen(), PageRequest.first()).items();
    boolean pupil = diaries.stream().anyMatch(d -> d.basis() instanceof Basis.Self);
    boolean parent = diaries.stream().anyMatch(d -> d.basis() instanceof Basis.LegalRepresentative);
    return parent || !pupil;
  }

  /** This page in another language; after a form's post, the home page in it. */
  private static String switched(HttpServletRequest request, String path, String language) {
    if (!"GET".equals(request.getMethod())) {
      return "/?lang=" + language;
    }
    return UriComponentsBuilder.fromPath(path).query(request.getQueryString())
        .replaceQueryParam("lang", language).build().toUriString();
  }

  // ---- the library's refusals: 422, or 400 for input it finds malformed ----

  @ExceptionHandler(value = DiaryAccessException.class, produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView refusedPage(DiaryAccessException refusal, Locale locale, HttpServletRequest request,
      Authentication signedIn) {
    return page(statusOf(refusal), Refusals.messages(refusal, locale), locale, request, signedIn);
  }

  @ExceptionHandler(DiaryAccessException.class)
  ResponseEntity<ProblemDetail> refusedProblem(DiaryAccessException refusal, Locale locale,
      HttpServletRequest request) {
    return problem(statusOf(refusal), Refusals.messages(refusal, locale), locale, request);
  }

  private static HttpStatus statusOf(DiaryAccessException refusal) {
    return refusal instanceof InvalidInputException ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
  }

  // ---- a parameter missing or malformed: 400, saying which ----

  @ExceptionHandler(value = {MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class},
      produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView badParameterPage(Exception bad, Locale locale, HttpServletRequest request, Authentication signedIn) {
    return page(HttpStatus.BAD_REQUEST, List.of(parameterProblem(bad, locale)), locale, request, signedIn);
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ProblemDetail> badParameterProblem(Exception bad, Locale locale, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, List.of(parameterProblem(bad, locale)), locale, request);
  }

  private String parameterProblem(Exception bad, Locale locale) {
    if (bad instanceof MissingServletRequestParameterException missing) {
      return messages.getMessage("problem.missingParameter", new Object[] {missing.getParameterName()}, locale);
    }
    return messages.getMessage("problem.malformedParameter",
        new Object[] {((MethodArgumentTypeMismatchException) bad).getName()}, locale);
  }

  private ModelAndView page(HttpStatus status, List<String> problems, Locale locale, HttpServletRequest request,
      Authentication signedIn) {
    ModelAndView page = new ModelAndView("refused", status);
    page.addObject("title", title(status, locale));
    page.addObject("problems", problems);
    fill(page.getModel(), request, request.getRequestURI(), signedIn);
    return page;
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, List<String> problems, Locale locale,
      HttpServletRequest request) {
    return problem(status, title(status, locale), String.join(" ", problems), locale, request.getRequestURI());
  }

  /** A problem's title for a status, in the reader's language. */
  String title(HttpStatus status, Locale locale) {
    return messages.getMessage("problem.title." + status.value(), null,
        messages.getMessage("error.title", null, locale), locale);
  }

  /**
   * An RFC 9457 problem, its title and detail in the reader's language.
   *
   * @param status the status
   * @param title what kind of problem, in words
   * @param detail what was wrong, in words
   * @param locale the reader's language, for {@code Content-Language}
   * @param path the request's path, as the problem's instance
   * @return the response
   */
  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, Locale locale,
      String path) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(java.net.URI.create(path));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header("Content-Language", locale.getLanguage()).body(problem);
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
