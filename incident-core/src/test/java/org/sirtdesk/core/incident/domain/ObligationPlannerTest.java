package org.sirtdesk.core.incident.domain;

import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.fixture;
import static org.sirtdesk.core.incident.domain.Fixtures.includes;
import static org.sirtdesk.core.incident.domain.Fixtures.raised;
import static org.sirtdesk.core.incident.domain.Fixtures.raisesExactly;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.FactsCorrected;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.PersonalDataCorrection;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.policy.ClockStart;
import org.sirtdesk.core.policy.ObligationRule;
import org.sirtdesk.core.policy.OrganisationProfiles;
import org.sirtdesk.core.shared.Severity;

/** How profile rules beyond the shipped defaults drive raising, via the aggregate. */
class ObligationPlannerTest {

    @Test
    void raisesARuleWithoutConfirmationAlreadyAtTheReport() {
        var profile = OrganisationProfiles.agency()
                .withRule(ObligationRule.builder("DATA_PROTECTION_DESK")
                        .basis("internal rule 7")
                        .when("PERSONAL_DATA_POSSIBLE")
                        .from(ClockStart.PERSONAL_DATA_RECORDED)
                        .due("2h")
                        .build());
        var facts = facts(persons(5)).applyTo(plainFacts());
        var report = new ReportIncident(ID, "TRK-1", ReportChannel.CONTRACTOR, facts, REPORTER, REPORTED);
        fixture(profile)
                .givenNoPriorActivity()
                .when(report)
                .expectEvents(
                        new IncidentReported(
                                ID, "TRK-1", ReportChannel.CONTRACTOR, facts, REPORTER, REPORTED, "001 Art. 31-1"),
                        raised(
                                profile,
                                ID,
                                "DATA_PROTECTION_DESK",
                                REPORTED,
                                REPORTED.plus(Duration.ofHours(2)),
                                null,
                                REPORTER,
                                REPORTED));
    }

    @Test
    void waitsForTheClockOfARecoveryRule() {
        var profile = OrganisationProfiles.agency()
                .withRule(ObligationRule.builder("RECOVERY_NOTICE")
                        .basis("ministry guidance")
                        .when("CONFIRMED AND SEVERITY_AT_LEAST(HIGH)")
                        .from(ClockStart.RECOVERY)
                        .due("24h")
                        .build());
        var history = with(
                List.of(report(plainFacts()), startTriage(), confirm(Severity.HIGH)),
                instruct("ins-1", InstructionKind.RECOVERY, OFFICER, "www"));
        fixture(profile)
                .givenCommands(history)
                .when(recover())
                .expectEventsMatching(raisesExactly("RECOVERY_NOTICE"))
                .expectEventsMatching(includes(raised(
                        profile,
                        ID,
                        "RECOVERY_NOTICE",
                        RECOVERED,
                        RECOVERED.plus(Duration.ofHours(24)),
                        null,
                        LEAD,
                        RECOVERED)));
    }

    @Test
    void aCorrectionThatNoLongerTriggersARuleLeavesItsObligationForAWaiver() {
        var noLeakAfterAll = new PersonalDataCorrection(TriState.NO, null, null, null, null, null, null, null);
        fixture()
                .givenCommands(aConfirmedLeakOf150Persons())
                .when(correct(facts(noLeakAfterAll), LATER.plus(Duration.ofHours(3))))
                .expectEventsMatching(raisesExactly())
                .expectEventsMatching(Fixtures.payloadTypes(FactsCorrected.class));
    }

    @Test
    void raisesTheSameKindOnlyOncePerEpisode() {
        fixture()
                .givenCommands(aConfirmedLeakOf150Persons())
                .when(correct(facts(persons(5000)), LATER.plus(Duration.ofHours(3))))
                .expectEventsMatching(raisesExactly());
    }
}
