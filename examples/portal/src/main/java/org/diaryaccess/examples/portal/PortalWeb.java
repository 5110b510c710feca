package org.diaryaccess.examples.portal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.diaryaccess.spi.NotificationCentre;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Russian by default, English by {@code ?lang=en} (kept in the session); the signed-in
 * {@link Account} as a controller argument; the demo clock as the library's clock.
 */
@Configuration(proxyBeanMethods = false)
class PortalWeb implements WebMvcConfigurer {
  /** The city's time zone: the portal shows dates and times in it. */
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private final Accounts accounts;

  PortalWeb(Accounts accounts) {
    this.accounts = accounts;
  }

  @Bean
  static DemoClock demoClock() {
    return new DemoClock(Clock.system(MOSCOW));
  }

  @Bean
  static NotificationCentre notificationCentre(PortalNotices notices) {
    return notices.centre();
  }

  @Bean
  static LocaleResolver localeResolver() {
    SessionLocaleResolver resolver = new SessionLocaleResolver();
    resolver.setDefaultLocale(Locale.forLanguageTag("ru"));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new HandlerMethodArgumentResolver() {
      @Override
      public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Account.class;
      }

      @Override
      public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
          NativeWebRequest request, WebDataBinderFactory binders) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        String key = signedIn == null ? "" : signedIn.getName();
        return accounts.byKey(key).orElseThrow(() -> new IllegalStateException("no account is signed in"));
      }
    });
  }
}
