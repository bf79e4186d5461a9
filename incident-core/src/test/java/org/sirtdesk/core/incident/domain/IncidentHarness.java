package org.sirtdesk.core.incident.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.shared.DomainException;

/**
 * The incident module in a real Axon configuration with an in-memory event store: commands go
 * through the command bus and the event-sourcing repository, as in production.
 */
final class IncidentHarness implements AutoCloseable {

    private final Configuration configuration;
    private final JacksonSerializer serializer;

    IncidentHarness(IncidentModule module) {
        this.serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureSerializer(c -> serializer);
        module.configureModule(configurer);
        this.configuration = configurer.buildConfiguration();
        configuration.start();
    }

    /** Sends a command; a refusal comes back as the domain exception, anything else fails. */
    Optional<DomainException> send(Object command) {
        try {
            configuration.commandGateway().sendAndWait(command);
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof DomainException refused) {
                return Optional.of(refused);
            }
            throw e;
        }
    }

    /** Every event of the incident, in order. */
    List<IncidentEvent> events(String incidentId) {
        return configuration
                .eventStore()
                .readEvents(incidentId)
                .asStream()
                .map(EventMessage::getPayload)
                .map(IncidentEvent.class::cast)
                .toList();
    }

    /** Serializes and deserializes an event as the Jackson event serializer of production does. */
    Object roundTrip(Object event) {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        return serializer.deserialize(serialized);
    }

    /** A fresh aggregate folded from the events, as a repository would load it. */
    static Incident replay(List<IncidentEvent> events) {
        var incident = new Incident();
        events.forEach(incident::on);
        return incident;
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
