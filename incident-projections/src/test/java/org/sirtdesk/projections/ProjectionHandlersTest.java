package org.sirtdesk.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.IncidentConfirmed;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.InstructionIssued;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.TriageStarted;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Severity;
import org.sirtdesk.projections.deadlines.ObligationRecordProjection;
import org.sirtdesk.projections.incidentlist.IncidentListProjection;
import org.sirtdesk.projections.processing.ReadModelProgress;
import org.sirtdesk.projections.timeline.TimelineProjection;

/** The handlers on H2: a history applied, then applied again (a replay), then reset. */
class ProjectionHandlersTest {

    static final Actor LEAD = Actor.of("lead1", Role.SIRT_LEAD);
    static final Instant T = Events.AWARE.plus(Duration.ofHours(1));

    final ReadModelDatabase db = new ReadModelDatabase();
    final List<Object> projections = List.of(
            new IncidentListProjection(db.jdbc, db.json, new ReadModelProgress()),
            new TimelineProjection(db.jdbc),
            new ObligationRecordProjection(db.jdbc));

    static List<IncidentEvent> history() {
        return List.of(
                new IncidentReported("inc-1", "TRK-1", ReportChannel.API, Events.facts(), LEAD, T, null),
                new TriageStarted("inc-1", null, LEAD, T, null),
                new IncidentConfirmed("inc-1", Severity.HIGH, "real", LEAD, T, null),
                new ObligationRaised(
                        "inc-1",
                        "inc-1:MIC",
                        "MIC",
                        "総務省",
                        "rule",
                        T,
                        T.plus(Duration.ofDays(1)),
                        null,
                        LEAD,
                        T,
                        "001 Art. 32-1"),
                new ObligationRaised(
                        "inc-1",
                        "inc-1:POLICE",
                        "POLICE",
                        "警察",
                        "rule",
                        T,
                        T.plus(Duration.ofDays(2)),
                        null,
                        LEAD,
                        T,
                        null),
                new NotificationSent(
                        "inc-1",
                        "inc-1:MIC",
                        T.plusSeconds(60),
                        NotificationChannel.EMAIL,
                        "R-1",
                        "sent",
                        null,
                        LEAD,
                        T,
                        null),
                new WaiverApproved("inc-1", "inc-1:POLICE", "not a crime", Actor.of("ciso", Role.CISO), T, null),
                new InstructionIssued(
                        "inc-1", "i-1", InstructionKind.CONTAINMENT, "officer1", "www", "x", null, LEAD, T, null));
    }

    void deliver(List<IncidentEvent> events) throws ReflectiveOperationException {
        for (int seq = 0; seq < events.size(); seq++) {
            for (var projection : projections) {
                deliver(projection, events.get(seq), seq);
            }
        }
    }

    /** As Axon does: the handler with the most specific payload type, if any. */
    static void deliver(Object projection, IncidentEvent event, long seq) throws ReflectiveOperationException {
        Method best = null;
        for (var m : projection.getClass().getDeclaredMethods()) {
            if (m.isAnnotationPresent(org.axonframework.eventhandling.EventHandler.class)
                    && m.getParameterTypes()[0].isInstance(event)
                    && (best == null || best.getParameterTypes()[0].isAssignableFrom(m.getParameterTypes()[0]))) {
                best = m;
            }
        }
        if (best == null) {
            return;
        }
        best.setAccessible(true);
        if (best.getParameterCount() == 2) {
            best.invoke(projection, event, seq);
        } else {
            best.invoke(projection, event);
        }
    }

    Map<String, List<Map<String, Object>>> tables() {
        return Map.of(
                "summary", db.rows("SELECT * FROM incident_summary ORDER BY incident_id"),
                "timeline", db.rows("SELECT * FROM incident_timeline ORDER BY incident_id, seq"),
                "obligations", db.rows("SELECT * FROM obligation_record ORDER BY obligation_id"));
    }

    @Test
    void aReplayOfTheSameEventsChangesNothing() throws ReflectiveOperationException {
        deliver(history());
        var once = tables();
        deliver(history());
        assertThat(tables()).isEqualTo(once);

        assertThat(once.get("timeline")).hasSize(history().size());
        assertThat(once.get("summary"))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("state", "RESPONDING")
                        .containsEntry("severity", "HIGH")
                        .containsEntry("version", 7L));
        var obligations = once.get("obligations");
        assertThat(obligations.get(0))
                .containsEntry("obligation_id", "inc-1:MIC")
                .containsEntry("status", "SENT")
                .containsEntry("tracking_code", "TRK-1")
                .containsEntry("is_open", false);
        assertThat(obligations.get(1))
                .containsEntry("obligation_id", "inc-1:POLICE")
                .containsEntry("status", "WAIVED")
                .containsEntry("waived", true);
    }

    /** Events handed over in batches, each in one unit of work as a processor or a bulk replay does. */
    void deliverInBatches(List<IncidentEvent> events, int batchSize) {
        for (int start = 0; start < events.size(); start += batchSize) {
            int from = start;
            int to = Math.min(events.size(), start + batchSize);
            var unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                for (int seq = from; seq < to; seq++) {
                    for (var projection : projections) {
                        deliver(projection, events.get(seq), seq);
                    }
                }
            } catch (ReflectiveOperationException e) {
                unitOfWork.rollback(e);
                throw new IllegalStateException(e);
            }
            unitOfWork.commit();
        }
    }

    @Test
    void batchesOfAnySizeGiveTheTablesOfOneEventAtATime() throws ReflectiveOperationException {
        deliver(history());
        var oneByOne = tables();
        for (int batchSize = 1; batchSize <= history().size(); batchSize++) {
            db.jdbc.update("DELETE FROM incident_summary");
            db.jdbc.update("DELETE FROM incident_timeline");
            db.jdbc.update("DELETE FROM obligation_record");
            db.jdbc.update("DELETE FROM deadline_incident");
            deliverInBatches(history(), batchSize);
            assertThat(tables()).as("batches of %d", batchSize).isEqualTo(oneByOne);
            deliverInBatches(history(), batchSize);
            assertThat(tables()).as("batches of %d, replayed", batchSize).isEqualTo(oneByOne);
        }
    }

    /** A batch that raises an obligation whose row is already further along leaves the row alone. */
    @Test
    void aBatchReplayedOverLaterRowsChangesNothing() throws ReflectiveOperationException {
        var events = history();
        deliver(events);
        var after = tables();
        deliverInBatches(events.subList(0, 6), 6);
        assertThat(tables()).isEqualTo(after);
    }

    @Test
    void anOlderEventDeliveredAfterANewerOneIsIgnored() throws ReflectiveOperationException {
        var events = new ArrayList<>(history());
        deliver(events);
        var after = tables();
        for (var projection : projections) {
            deliver(projection, events.get(1), 1);
        }
        assertThat(tables()).isEqualTo(after);
    }

    @Test
    void resetEmptiesEveryTable() throws ReflectiveOperationException {
        deliver(history());
        for (var projection : projections) {
            for (var m : projection.getClass().getDeclaredMethods()) {
                if (m.isAnnotationPresent(org.axonframework.eventhandling.ResetHandler.class)) {
                    m.setAccessible(true);
                    m.invoke(projection);
                }
            }
        }
        assertThat(tables().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
    }
}
