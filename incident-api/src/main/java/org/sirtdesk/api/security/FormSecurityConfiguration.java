package org.sirtdesk.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sirtdesk.api.web.external.BodySizeLimitFilter;
import org.sirtdesk.api.web.page.FormPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security of the report pages and the external report API, each in its own chain ahead of the
 * API chain of {@link SecurityConfiguration}, which keeps everything else.
 *
 * <ul>
 *   <li>External report API: anyone, stateless, no CSRF (no cookie is involved), rate-limited, a
 *       bounded body.
 *   <li>Pages: a session and a CSRF token on every form; employees sign in on {@code /login} with
 *       the demo users in demo mode, and with the organisation's OIDC provider in jwt mode; the external window and the status page are open to anyone,
 *       the status page deciding per report who may see it. No script runs on these pages, so the
 *       content security policy allows none.
 * </ul>
 */
@Configuration
public class FormSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FormSecurityConfiguration.class);

    static final String EXTERNAL_API = "/api/v1/external-reports";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; object-src 'none';"
            + " base-uri 'none'; frame-ancestors 'none'; form-action 'self'; img-src 'self' data:";

    @Bean
    @Order(1)
    SecurityFilterChain externalReportApi(HttpSecurity http, ObjectMapper json) throws Exception {
        http.securityMatcher(EXTERNAL_API)
                .addFilterBefore(new BodySizeLimitFilter(json), AuthorizationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain reportPages(
            HttpSecurity http,
            SecurityProperties properties,
            ObjectProvider<ClientRegistrationRepository> identityProviders)
            throws Exception {
        http.securityMatcher(FormPaths.PAGES)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/css/**",
                                FormPaths.LOGIN,
                                FormPaths.SIGN_IN_START,
                                FormPaths.SIGN_IN_RETURN,
                                FormPaths.EXTERNAL_REPORT,
                                FormPaths.EXTERNAL_REPORT + "/**")
                        .permitAll()
                        .requestMatchers(FormPaths.STATUS + "**")
                        .permitAll()
                        .requestMatchers(FormPaths.REPORT, FormPaths.REPORT + "/**")
                        .hasRole("REPORTER")
                        .anyRequest()
                        .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .logout(logout -> logout.logoutUrl(FormPaths.LOGOUT).logoutSuccessUrl(FormPaths.LOGIN + "?logout"));
        if (properties.mode() == SecurityProperties.Mode.DEMO) {
            http.formLogin(form -> form.loginPage(FormPaths.LOGIN).defaultSuccessUrl(FormPaths.REPORT))
                    .userDetailsService(
                            new InMemoryUserDetailsManager(DemoUsers.userDetails(properties.demoPassword())));
        } else if (identityProviders.getIfAvailable() != null) {
            // Employees sign in with the organisation's OIDC provider; roles as on the API.
            http.oauth2Login(login -> login.defaultSuccessUrl(FormPaths.REPORT)
                    .userInfoEndpoint(
                            user -> user.userAuthoritiesMapper(RoleClaims.signInMapper(properties.rolesClaim()))));
        } else {
            log.warn("No OIDC client registration (spring.security.oauth2.client.registration.*): employees cannot"
                    + " sign in to the report form, which answers 401. See docs/forms.md.");
            http.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        }
        return http.build();
    }
}
