package org.sirtdesk.api.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.web.incident.IncidentCommandController;
import org.sirtdesk.api.web.query.NotificationExportController;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The second line behind the URL rules: every API handler method names who may call it, and the
 * method's rule refuses on its own, whatever the URL rules let through.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:matrix;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "sirtdesk.read-your-writes.timeout=PT0S"
        })
@AutoConfigureMockMvc
class MethodSecurityTest {

    @Autowired
    IncidentCommandController commands;

    @Autowired
    NotificationExportController exports;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyApiHandlerMethodNamesWhoMayCallIt() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sirtdesk.api");
        methods()
                .that()
                .areMetaAnnotatedWith(RequestMapping.class)
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }

    @Test
    void aReporterCalledStraightIntoTheTriageMethodIsRefused() {
        signInAs("reporter", "ROLE_REPORTER");

        assertThatThrownBy(() -> commands.triage("inc-1", null, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerCalledStraightIntoTheExportIsRefused() {
        signInAs("officer1", "ROLE_REPORTER", "ROLE_OFFICER");

        assertThatThrownBy(() -> exports.export(null, null, "csv")).isInstanceOf(AccessDeniedException.class);
    }

    private static void signInAs(String name, String... roles) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        name, null, AuthorityUtils.createAuthorityList(roles)));
    }
}
