package org.sirtdesk.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.IncidentCommand;
import org.sirtdesk.core.incident.api.IncidentEvent;

/** The shape STYLE.md asks of the core module. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sirtdesk.core");

    private static final ArchCondition<JavaClass> BE_RECORDS = new ArchCondition<>("be records") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
            var record = item.reflect().isRecord();
            events.add(new SimpleConditionEvent(
                    item, record, item.getName() + (record ? " is" : " is not") + " a record"));
        }
    };

    private static final ArchCondition<JavaClass> ADDRESS_THEIR_AGGREGATE =
            new ArchCondition<>("carry a target aggregate identifier and version") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    var ok = item.getFields().stream().anyMatch(f -> f.isAnnotatedWith(TargetAggregateIdentifier.class))
                            && item.getFields().stream().anyMatch(f -> f.isAnnotatedWith(TargetAggregateVersion.class));
                    events.add(new SimpleConditionEvent(item, ok, item.getName() + " addresses its aggregate: " + ok));
                }
            };

    @Test
    void coreHasNoSpringWebJpaOrServlet() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "javax.persistence..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "org.hibernate..")
                .check(CORE);
    }

    @Test
    void eventsAreTopLevelRecordsWithARevision() {
        classes()
                .that()
                .implement(IncidentEvent.class)
                .should(BE_RECORDS)
                .andShould()
                .beAnnotatedWith(Revision.class)
                .andShould()
                .beTopLevelClasses()
                .andShould()
                .resideInAPackage("org.sirtdesk.core.incident.api")
                .check(CORE);
    }

    @Test
    void commandsAreTopLevelRecordsAddressingTheirIncident() {
        classes()
                .that()
                .implement(IncidentCommand.class)
                .should(BE_RECORDS)
                .andShould()
                .beTopLevelClasses()
                .andShould()
                .resideInAPackage("org.sirtdesk.core.incident.api")
                .check(CORE);
        classes()
                .that()
                .implement(IncidentCommand.class)
                .should(ADDRESS_THEIR_AGGREGATE)
                .check(CORE);
    }

    @Test
    void domainAndPolicyNeverReadTheClockOrMakeIds() {
        noClasses()
                .that()
                .resideInAnyPackage("org.sirtdesk.core..domain..", "org.sirtdesk.core..policy..")
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(UUID.class, "randomUUID")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Clock.class)
                .check(CORE);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.sirtdesk.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void apiPackagesDoNotDependOnDomain() {
        noClasses()
                .that()
                .resideInAPackage("org.sirtdesk.core..api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.sirtdesk.core..domain..")
                .check(CORE);
    }

    @Test
    void policyKnowsNothingOfIncidents() {
        noClasses()
                .that()
                .resideInAPackage("org.sirtdesk.core.policy..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.sirtdesk.core.incident..")
                .check(CORE);
    }

    @Test
    void theAggregateStaysInsideItsPackage() {
        classes()
                .that()
                .resideInAPackage("org.sirtdesk.core.incident.domain")
                .and()
                .haveSimpleNameNotEndingWith("Module")
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CORE);
    }
}
