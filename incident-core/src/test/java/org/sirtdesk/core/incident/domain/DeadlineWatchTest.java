package org.sirtdesk.core.incident.domain;

import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.fixture;
import static org.sirtdesk.core.incident.domain.Fixtures.rejected;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.DeadlineLimit;
import org.sirtdesk.core.incident.api.DeadlineMissed;
import org.sirtdesk.core.incident.api.RecordDeadlineMissed;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Role;

class DeadlineWatchTest {

    static final Actor WATCH = Actor.of("deadline-watch", Role.SYSTEM);
    /** The CISO report is due one hour after confirmation (001 Art. 18-4 "at once"). */
    static final Instant CISO_DUE = CONFIRMED.plus(Duration.ofHours(1));

    static final String CISO_BASIS = "001 Art. 18-4, 31-3";

    static RecordDeadlineMissed missed(String kind, DeadlineLimit limit, Instant at) {
        return new RecordDeadlineMissed(ID, null, WATCH, at, obligation(kind), limit);
    }

    static List<Object> with(List<Object> given, Object... more) {
        var all = new ArrayList<>(given);
        all.addAll(List.of(more));
        return all;
    }

    @Nested
    class RecordingAMissedDeadline {

        @Test
        void recordsTheMissedTargetOfAnOpenObligation() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(missed("CISO_REPORT", DeadlineLimit.TARGET, CISO_DUE.plusSeconds(60)))
                    .expectEvents(new DeadlineMissed(
                            ID,
                            obligation("CISO_REPORT"),
                            "CISO_REPORT",
                            "最高情報セキュリティ責任者（CISO）",
                            DeadlineLimit.TARGET,
                            CISO_DUE,
                            WATCH,
                            CISO_DUE.plusSeconds(60),
                            CISO_BASIS));
        }

        @Test
        void recordsItOnlyOnceHoweverManyNodesReportIt() {
            fixture()
                    .givenCommands(with(
                            aConfirmedIncident(),
                            missed("CISO_REPORT", DeadlineLimit.TARGET, CISO_DUE.plusSeconds(60))))
                    .when(missed("CISO_REPORT", DeadlineLimit.TARGET, CISO_DUE.plusSeconds(90)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void recordsNothingWhenTheNotificationWasSentMeanwhile() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), reportToCiso()))
                    .when(missed("CISO_REPORT", DeadlineLimit.TARGET, CISO_DUE.plusSeconds(60)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Guards {

        @Test
        void rejectsAReportBeforeTheDueTimeHasPassed() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(missed("CISO_REPORT", DeadlineLimit.TARGET, CISO_DUE))
                    .expectException(rejected(ErrorCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void rejectsALimitTheObligationDoesNotHave() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(missed("CISO_REPORT", DeadlineLimit.HARD_LIMIT, CISO_DUE.plusSeconds(60)))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnUnknownObligation() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(missed("NO_SUCH_KIND", DeadlineLimit.TARGET, CISO_DUE.plusSeconds(60)))
                    .expectException(rejected(ErrorCode.UNKNOWN_OBLIGATION))
                    .expectNoEvents();
        }

        @Test
        void rejectsAPersonRecordingAMissedDeadline() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new RecordDeadlineMissed(
                            ID, null, LEAD, CISO_DUE.plusSeconds(60), obligation("CISO_REPORT"), DeadlineLimit.TARGET))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED))
                    .expectNoEvents();
        }
    }
}
