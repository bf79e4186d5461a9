package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sirtdesk.core.incident.IncidentFixtures.*;

import java.util.List;
import java.util.Optional;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.policy.OrganisationProfiles;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Severity;

/** The module as the application registers it: resources injected, events serializable by Jackson. */
class IncidentModuleTest {

    private static IncidentHarness harness;
    private static List<DomainException> refusals;
    private static List<IncidentEvent> events;

    @BeforeAll
    static void runAWholeIncidentAtALocalGovernment() {
        harness = new IncidentHarness(new IncidentModule(OrganisationProfiles.localGovernment()));
        var commands = List.of(
                report(plainFacts()),
                startTriage(),
                confirm(Severity.LOW),
                reportToCiso(),
                acknowledgeCisoReport(),
                sent("MIC"),
                sent("PREFECTURE"),
                instruct("ins-1", InstructionKind.CONTAINMENT, OFFICER, "www"),
                acknowledgeInstruction("ins-1", OFFICER),
                completeInstruction("ins-1", OFFICER),
                recover(),
                submitReport(OFFICER, measure("m-1", OFFICER)),
                approveReport(CISO),
                completeMeasure("m-1", OFFICER),
                shareLessons(),
                requestClosure(LEAD),
                decideClosure(CISO, true));
        refusals =
                commands.stream().map(harness::send).flatMap(Optional::stream).toList();
        events = harness.events(ID);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void closesAnIncidentWithTheProfileAndCalculatorItRegisters() {
        assertThat(refusals).isEmpty();
        assertThat(IncidentHarness.replay(events).state()).isEqualTo(IncidentState.CLOSED);
        assertThat(events.stream()
                        .filter(ObligationRaised.class::isInstance)
                        .map(e -> ((ObligationRaised) e).recipient()))
                .containsExactly("CISO（最高情報セキュリティ責任者）", "総務省", "都道府県");
    }

    @Test
    void serializesEveryEventWithJackson() {
        assertThat(events).hasSizeGreaterThan(20);
        for (var event : events) {
            assertThat(harness.roundTrip(event)).isEqualTo(event);
        }
    }

    @Test
    void refusesAStaleExpectedVersion() {
        var id = "inc-version";
        harness.send(new ReportIncident(id, "TRK-V", ReportChannel.API, plainFacts(), REPORTER, REPORTED));
        assertThat(harness.send(new StartTriage(id, 0L, SIRT, TRIAGED, null))).isEmpty();
        assertThatThrownBy(() -> harness.send(new StartTriage(id, 0L, LEAD, TRIAGED, null)))
                .isInstanceOf(ConflictingAggregateVersionException.class);
    }

    @Test
    void returnsDomainRefusalsThroughTheCommandBus() {
        var id = "inc-refused";
        harness.send(new ReportIncident(id, "TRK-R", ReportChannel.API, plainFacts(), REPORTER, REPORTED));
        var refusal = harness.send(new StartTriage(id, null, REPORTER, TRIAGED, null));
        assertThat(refusal).get().extracting(DomainException::code).isEqualTo(ErrorCode.ROLE_NOT_ALLOWED);
    }
}
