package org.sirtdesk.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.sirtdesk.api.error.Problems;
import org.sirtdesk.api.web.external.BodySizeLimitFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.firewall.HttpFirewall;

/** Deny by default; every endpoint names the roles that may call it. */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String INCIDENT = "/api/v1/incidents/{incidentId}";

    /**
     * Who may read an incident's detail and timeline: API.md's readers, plus the privacy officer, who
     * files the PPC reports from it. Officers pass here and are then limited to incidents naming them.
     */
    static final String[] READERS = {"SIRT", "SIRT_LEAD", "CISO", "COMPLIANCE", "AUDITOR", "OFFICER", "PRIVACY_OFFICER"
    };

    /**
     * No observations of the filter chain, authentications or authorisations. With observations merely
     * disabled by property, every request still passed each filter through an observation wrapper made
     * for it; without this bean the chain is not wrapped at all (docs/benchmarks.md). HTTP server
     * metrics stay on.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall with its default rules, checked without regular expressions. */
    @Bean
    static HttpFirewall httpFirewall() {
        return FirewallCharacters.strictFirewall();
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            SecurityProperties properties,
            ObjectMapper json,
            ObjectProvider<JwtDecoder> jwtDecoders,
            @Value("${server.address:}") String address)
            throws Exception {
        http.addFilterBefore(new BodySizeLimitFilter(json), AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports")
                        .hasRole("REPORTER")
                        // Anyone holding an external report's code may see its state; the controller
                        // shows internal reports to their reporter only.
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/*")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST, INCIDENT + "/triage", INCIDENT + "/facts", INCIDENT + "/instructions")
                        .hasAnyRole("SIRT", "SIRT_LEAD")
                        .requestMatchers(
                                HttpMethod.POST,
                                INCIDENT + "/assessment",
                                INCIDENT + "/ciso-report",
                                INCIDENT + "/recovery",
                                INCIDENT + "/lessons",
                                INCIDENT + "/closure",
                                INCIDENT + "/cymat-request")
                        .hasRole("SIRT_LEAD")
                        .requestMatchers(
                                HttpMethod.POST,
                                INCIDENT + "/ciso-acknowledgement",
                                INCIDENT + "/notifications/*/waiver-decision",
                                INCIDENT + "/recurrence-report/review",
                                INCIDENT + "/closure-decision")
                        .hasRole("CISO")
                        .requestMatchers(
                                HttpMethod.POST,
                                INCIDENT + "/notifications/*/sent",
                                INCIDENT + "/notifications/*/acknowledged")
                        .hasAnyRole("SIRT", "SIRT_LEAD", "PRIVACY_OFFICER")
                        .requestMatchers(HttpMethod.POST, INCIDENT + "/notifications/*/waiver")
                        .hasAnyRole("SIRT_LEAD", "PRIVACY_OFFICER")
                        .requestMatchers(
                                HttpMethod.POST,
                                INCIDENT + "/instructions/*/acknowledgement",
                                INCIDENT + "/instructions/*/completion",
                                INCIDENT + "/recurrence-report",
                                INCIDENT + "/measures/*/completion")
                        .hasRole("OFFICER")
                        .requestMatchers(HttpMethod.POST, INCIDENT + "/reopening")
                        .hasAnyRole("SIRT_LEAD", "CISO")
                        .requestMatchers(HttpMethod.POST, INCIDENT + "/notes")
                        .hasAnyRole("SIRT", "SIRT_LEAD", "CISO", "OFFICER")
                        .requestMatchers(HttpMethod.POST, INCIDENT + "/evidence")
                        .hasAnyRole("SIRT", "SIRT_LEAD", "OFFICER")
                        .requestMatchers(HttpMethod.GET, INCIDENT + "/ppc-report")
                        .hasAnyRole("PRIVACY_OFFICER", "SIRT_LEAD", "COMPLIANCE")
                        .requestMatchers(HttpMethod.GET, INCIDENT + "/integrity")
                        .hasAnyRole("AUDITOR", "COMPLIANCE")
                        .requestMatchers(HttpMethod.GET, "/api/v1/incidents")
                        .hasAnyRole("SIRT", "SIRT_LEAD", "CISO", "COMPLIANCE", "AUDITOR")
                        .requestMatchers(HttpMethod.GET, INCIDENT, INCIDENT + "/timeline")
                        .hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/deadlines")
                        .hasAnyRole("SIRT", "SIRT_LEAD", "CISO", "COMPLIANCE")
                        .requestMatchers(HttpMethod.GET, "/api/v1/exports/notifications")
                        .hasAnyRole("COMPLIANCE", "AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics")
                        .hasAnyRole("CISO", "COMPLIANCE")
                        .anyRequest()
                        .denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                            if (properties.mode() == SecurityProperties.Mode.DEMO) {
                                response.setHeader("WWW-Authenticate", "Basic realm=\"SIRT Desk\"");
                            } else {
                                response.setHeader("WWW-Authenticate", "Bearer");
                            }
                            writeProblem(response, json, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Sign in first");
                        })
                        .accessDeniedHandler((request, response, ex) -> writeProblem(
                                response, json, HttpStatus.FORBIDDEN, "ACCESS_DENIED", "Your role may not do this")));
        if (properties.mode() == SecurityProperties.Mode.DEMO) {
            var entryPoint = new BasicAuthenticationEntryPoint();
            entryPoint.setRealmName("SIRT Desk");
            http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
                response.setHeader("WWW-Authenticate", "Basic realm=\"SIRT Desk\"");
                writeProblem(response, json, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Sign in first");
            }));
            // A plain UserDetailsService, not the manager itself: as a UserDetailsPasswordService the manager
            // would make Spring re-encode the {noop} password with BCrypt on every request.
            var users = new InMemoryUserDetailsManager(DemoUsers.userDetails(properties.demoPassword()));
            http.userDetailsService(users::loadUserByUsername);
            log.warn(
                    "DEMO USERS ENABLED: {} users with a published password over HTTP Basic, listening on '{}'."
                            + " Never expose this to a network; use sirtdesk.security.mode=jwt in production.",
                    DemoUsers.USERS.size(),
                    address.isBlank() ? "all interfaces" : address);
        } else {
            var verified = new VerifiedTokenCache(jwtDecoders.getObject(), Clock.systemUTC());
            http.oauth2ResourceServer(
                    rs -> rs.jwt(jwt -> jwt.decoder(verified).jwtAuthenticationConverter(rolesFrom(properties))));
        }
        return http.build();
    }

    static Converter<Jwt, AbstractAuthenticationToken> rolesFrom(SecurityProperties properties) {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(
                jwt -> RoleClaims.authorities(jwt.getClaims().get(properties.rolesClaim())));
        return converter;
    }

    static void writeProblem(
            HttpServletResponse response, ObjectMapper json, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.asMap(Problems.problem(status, code, detail, List.of())));
    }
}
