package org.sirtdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.web.page.FormPaths;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In jwt mode employees reach the report form through the organisation's OIDC provider: the form
 * sends them there, and the roles of their ID token are read like those of an API token.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:signin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "sirtdesk.security.mode=jwt",
            "sirtdesk.security.roles-claim=groups",
            "sirtdesk.read-your-writes.timeout=PT0S",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://idp.example.test/keys",
            "spring.security.oauth2.client.registration.idp.client-id=sirtdesk-forms",
            "spring.security.oauth2.client.registration.idp.client-secret=secret",
            "spring.security.oauth2.client.registration.idp.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.idp.scope=openid",
            "spring.security.oauth2.client.registration.idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.idp.authorization-uri=https://idp.example.test/authorize",
            "spring.security.oauth2.client.provider.idp.token-uri=https://idp.example.test/token",
            "spring.security.oauth2.client.provider.idp.jwk-set-uri=https://idp.example.test/keys",
            "spring.security.oauth2.client.provider.idp.user-name-attribute=sub"
        })
@AutoConfigureMockMvc
class EmployeeSignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFormSendsAnEmployeeWhoIsNotSignedInToTheIdentityProvider() throws Exception {
        mvc.perform(get(FormPaths.REPORT))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/idp"));

        var location = mvc.perform(get("/oauth2/authorization/idp"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location)
                .startsWith("https://idp.example.test/authorize?")
                .contains("response_type=code", "client_id=sirtdesk-forms", "scope=openid", "state=", "nonce=")
                .contains("redirect_uri=http://localhost/login/oauth2/code/idp");
    }

    @Test
    void aSignedInEmployeeReportsUnderTheirOwnSubject() throws Exception {
        mvc.perform(post(FormPaths.REPORT)
                        .with(oidcLogin()
                                .idToken(token -> token.subject("employee-4711"))
                                .authorities(new SimpleGrantedAuthority("ROLE_REPORTER")))
                        .with(csrf())
                        .param("title", "USBメモリを紛失した")
                        .param("description", "帰宅途中に業務用USBメモリを紛失した。")
                        .param(
                                "awareDate",
                                LocalDate.now(FormPaths.JAPAN).minusDays(1).toString())
                        .param("awareTime", "09:30")
                        .param("category", "LOSS_OR_THEFT")
                        .param("affectedSystems", "")
                        .param("confidentiality", "")
                        .param("integrity", "")
                        .param("availability", "")
                        .param("personalDataInvolved", "UNKNOWN")
                        .param("approxPersons", "")
                        .param("sensitive", "UNKNOWN")
                        .param("myNumber", "UNKNOWN")
                        .param("financialDamageRisk", "UNKNOWN")
                        .param("unlawfulPurpose", "UNKNOWN")
                        .param("stronglyEncrypted", "UNKNOWN")
                        .param("cyberAttackSuspected", "NO")
                        .param("department", "総務課"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(FormPaths.REPORT + "/sent"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT reporter_id FROM incident_summary WHERE title = 'USBメモリを紛失した'", String.class))
                        .containsExactly("employee-4711"));
    }

    @Test
    void theRolesOfTheIdTokenBecomeRolesAndEveryEmployeeMayReport() {
        var idToken = new OidcIdToken(
                "token",
                Instant.now(),
                Instant.now().plusSeconds(300),
                Map.of("sub", "lead-7", "groups", List.of("SIRT_LEAD", "SIRT")));
        var granted =
                Set.<GrantedAuthority>of(new OidcUserAuthority(idToken), new SimpleGrantedAuthority("SCOPE_openid"));

        var mapped = RoleClaims.signInMapper("groups").mapAuthorities(granted);

        assertThat(AuthorityUtils.authorityListToSet(mapped))
                .containsExactlyInAnyOrder("ROLE_REPORTER", "ROLE_SIRT_LEAD", "ROLE_SIRT");
    }

    @Test
    void anEmployeeWithoutARoleClaimIsAReporterOnly() {
        var idToken =
                new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of("sub", "employee-1"));

        var mapped = RoleClaims.signInMapper("groups").mapAuthorities(Set.of(new OidcUserAuthority(idToken)));

        assertThat(AuthorityUtils.authorityListToSet(mapped)).containsExactly("ROLE_REPORTER");
    }
}
