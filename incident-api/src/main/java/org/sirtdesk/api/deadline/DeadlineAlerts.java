package org.sirtdesk.api.deadline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.sirtdesk.core.incident.api.DeadlineMissed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The alert and the metric for a missed deadline. Each event is handled once across all instances
 * (its processing group's token), and never again on a replay.
 */
@Component
@ProcessingGroup("deadline-alerts")
public class DeadlineAlerts {

    private static final Logger alerts = LoggerFactory.getLogger("sirtdesk.alerts");

    private final MeterRegistry meters;

    public DeadlineAlerts(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventHandler
    @DisallowReplay
    void on(DeadlineMissed event) {
        Counter.builder("sirtdesk.deadlines.missed")
                .description("Obligation due times that passed while the obligation was open")
                .tag("kind", event.kind())
                .tag("limit", event.limit().name())
                .register(meters)
                .increment();
        alerts.warn(
                "ALERT deadline missed: incident={} obligation={} kind={} limit={} due={}",
                event.incidentId(),
                event.obligationId(),
                event.kind(),
                event.limit(),
                event.dueAt());
    }
}
