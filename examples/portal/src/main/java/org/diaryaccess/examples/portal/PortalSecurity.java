package org.diaryaccess.examples.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Security as a real portal needs it: every page but the sign-in page needs a signed-in account;
 * the school's pages need the class teacher, the operator's the operator; every form carries a
 * CSRF token (Spring Security's default, which Thymeleaf's {@code th:action} fills in), and one
 * posted after its page was open too long says so ({@link FormExpired}); pages
 * are framed by nobody and load nothing from elsewhere. Which citizen may do what to which
 * invitation, grant or diary is the library's to decide, with the session's citizen.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

  @Bean
  SecurityFilterChain portal(HttpSecurity http, SecurityContextRepository sessions) throws Exception {
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/sign-in", "/portal.css", "/error", FormExpired.PATH).permitAll()
            .requestMatchers("/school/**").hasRole(Account.Role.TEACHER.name())
            .requestMatchers("/operator/**").hasRole(Account.Role.OPERATOR.name())
            .requestMatchers("/").authenticated()
            .anyRequest().hasRole(Account.Role.CITIZEN.name()))
        .securityContext(context -> context.securityContextRepository(sessions))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
            .accessDeniedHandler(FormExpired.handler()))
        .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in"))
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'")));
    return http.build();
  }

  /** The signed-in account lives in the HTTP session only. */
  @Bean
  SecurityContextRepository sessions() {
    return new HttpSessionSecurityContextRepository();
  }

  /** Nobody signs in with a password here: the sign-in page stands in for the portal's authentication. */
  @Bean
  AuthenticationManager noPasswords() {
    return authentication -> {
      throw new ProviderNotFoundException("the demo portal has no password sign-in");
    };
  }
}
