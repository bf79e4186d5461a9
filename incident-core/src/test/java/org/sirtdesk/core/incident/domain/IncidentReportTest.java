package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Role;

class IncidentReportTest {

    private static final Instant AWARE = Instant.parse("2026-05-01T01:00:00Z");
    private static final Instant REPORTED = Instant.parse("2026-05-01T02:00:00Z");
    private static final Actor REPORTER = Actor.of("reporter", Role.REPORTER);

    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    private static ReportFacts facts(String title, Instant awareAt) {
        return new ReportFacts(
                title,
                "A USB stick with resident data was lost on the train",
                awareAt,
                Category.LOSS_OR_THEFT,
                List.of("USB-0042"),
                new Classification(3, null, null),
                new PersonalData(TriState.YES, 150, TriState.NO, TriState.NO, null, null, null, TriState.NO),
                TriState.NO,
                "Tax division");
    }

    @Test
    void recordsTheReportWithItsFactsAndBasis() {
        var facts = facts("Lost USB stick", AWARE);
        fixture.givenNoPriorActivity()
                .when(new ReportIncident("inc-1", "TRK-1", ReportChannel.INTERNAL_FORM, facts, REPORTER, REPORTED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncidentReported(
                        "inc-1", "TRK-1", ReportChannel.INTERNAL_FORM, facts, REPORTER, REPORTED, "001 Art. 31-1"));
    }

    @Test
    void acceptsAReportWhoseDetailsAreUnknown() {
        var facts = new ReportFacts(
                "Odd pop-up", "Something strange on my screen", null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(new ReportIncident("inc-2", "TRK-2", ReportChannel.API, facts, REPORTER, REPORTED))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(IncidentReported.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
        assertThat(facts.personalData().involved()).isEqualTo(TriState.UNKNOWN);
        assertThat(facts.cyberAttackSuspected()).isEqualTo(TriState.UNKNOWN);
    }

    @Test
    void rejectsAReportWithoutTitleNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(new ReportIncident("inc-3", "TRK-3", ReportChannel.API, facts(" ", AWARE), REPORTER, REPORTED))
                .expectException(DomainException.class)
                .expectExceptionMessage("The report is incomplete")
                .expectNoEvents();
    }

    @Test
    void rejectsAnAwarenessTimeAfterTheReport() {
        var later = REPORTED.plusSeconds(3600);
        fixture.givenNoPriorActivity()
                .when(new ReportIncident("inc-4", "TRK-4", ReportChannel.API, facts("t", later), REPORTER, REPORTED))
                .expectExceptionMessage("The report is incomplete")
                .expectNoEvents();
        var violations = ReportRules.check(
                new ReportIncident("inc-4", "TRK-4", ReportChannel.API, facts("t", later), REPORTER, REPORTED));
        assertThat(violations).extracting(v -> v.field()).containsExactly("awareAt");
        assertThat(ErrorCode.VALIDATION_FAILED.name()).isEqualTo("VALIDATION_FAILED");
    }
}
