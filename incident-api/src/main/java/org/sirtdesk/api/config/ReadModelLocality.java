package org.sirtdesk.api.config;

import java.time.Instant;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.sirtdesk.api.command.ReadModelAwait;
import org.sirtdesk.projections.processing.ReadModels;
import org.springframework.stereotype.Component;

/**
 * Whether this instance's {@code read-models} processor holds the segment that an incident's events
 * go to: the processor's own sequencing policy names the sequence of an event of the incident, and
 * the segment matching that sequence is the one that writes the incident's rows. The stand-in event
 * carries its own identifier, so asking costs no random number.
 */
@Component
public class ReadModelLocality implements ReadModelAwait.Locality {

    private final EventProcessingConfiguration processing;

    public ReadModelLocality(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public boolean processesHere(String incidentId) {
        var processor = processing.eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return false;
        }
        var sequence = processing
                .sequencingPolicy(ReadModels.PROCESSING_GROUP)
                .getSequenceIdentifierFor(new GenericDomainEventMessage<>(
                        "Incident", incidentId, 0, incidentId, Map.of(), incidentId, Instant.EPOCH));
        return processor.get().processingStatus().values().stream()
                .anyMatch(status -> status.getSegment().matches(sequence));
    }
}
