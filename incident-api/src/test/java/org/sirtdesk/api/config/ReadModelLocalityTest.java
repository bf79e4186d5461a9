package org.sirtdesk.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.junit.jupiter.api.Test;
import org.sirtdesk.projections.processing.ReadModels;

/** An incident is processed here exactly when a segment held here would take its events. */
class ReadModelLocalityTest {

    final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    final ReadModelLocality locality = new ReadModelLocality(processing);

    {
        when(processing.sequencingPolicy(ReadModels.PROCESSING_GROUP))
                .thenAnswer(call -> SequentialPerAggregatePolicy.instance());
    }

    void holding(Segment... segments) {
        when(processing.eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class))
                .thenReturn(Optional.of(processor));
        var status = new HashMap<Integer, EventTrackerStatus>();
        for (var segment : segments) {
            var one = mock(EventTrackerStatus.class);
            when(one.getSegment()).thenReturn(segment);
            status.put(segment.getSegmentId(), one);
        }
        when(processor.processingStatus()).thenReturn(Map.copyOf(status));
    }

    @Test
    void anIncidentIsLocalWhenAHeldSegmentTakesItsEvents() {
        var halves = Segment.ROOT_SEGMENT.split();
        holding(halves[0]);
        var ids = IntStream.range(0, 200).mapToObj(i -> "incident-" + i).toList();
        for (var id : ids) {
            var event = new GenericDomainEventMessage<>("Incident", id, 3, "payload");
            boolean takenHere =
                    halves[0].matches(SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event));
            assertThat(locality.processesHere(id)).as(id).isEqualTo(takenHere);
        }
        // both outcomes occur, so the comparison above is not trivially true
        assertThat(ids.stream().filter(locality::processesHere)).isNotEmpty().hasSizeLessThan(ids.size());
    }

    @Test
    void everyIncidentIsLocalWhenAllSegmentsAreHeld() {
        holding(Segment.ROOT_SEGMENT.split());
        assertThat(locality.processesHere("incident-1")).isTrue();
        assertThat(locality.processesHere("incident-2")).isTrue();
    }

    @Test
    void noIncidentIsLocalWithoutSegmentsOrProcessor() {
        holding();
        assertThat(locality.processesHere("incident-1")).isFalse();
        when(processing.eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class))
                .thenReturn(Optional.empty());
        assertThat(locality.processesHere("incident-1")).isFalse();
    }
}
