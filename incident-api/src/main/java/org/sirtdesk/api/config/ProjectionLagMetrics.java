package org.sirtdesk.api.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code sirtdesk.projection.lag} per processor (SPEC §5): the store's highest global index minus
 * the lowest position among the processor's segments claimed on this node. NaN while this node
 * claims no segment of the processor (another instance is processing it).
 */
@Component
public class ProjectionLagMetrics {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry registry;

    public ProjectionLagMetrics(
            EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry registry) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("sirtdesk.projection.lag", streaming, this::lag)
                        .tag("processor", name)
                        .description("Events in the store the processor has not handled yet")
                        .baseUnit("events")
                        .register(registry);
            }
        });
    }

    double lag(StreamingEventProcessor processor) {
        var lowest = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .mapToLong(ProjectionLagMetrics::position)
                .min();
        if (lowest.isEmpty()) {
            return Double.NaN;
        }
        return Math.max(0, head() - lowest.getAsLong());
    }

    private long head() {
        return position(eventStore.createHeadToken());
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
