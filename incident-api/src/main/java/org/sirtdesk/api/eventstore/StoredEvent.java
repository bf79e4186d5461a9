package org.sirtdesk.api.eventstore;

/**
 * A domain event row exactly as the event store holds it: the bytes and strings that a chain link
 * covers, read back from {@code domainevententry} rather than re-serialised.
 */
public record StoredEvent(
        String aggregateIdentifier,
        long sequenceNumber,
        String eventIdentifier,
        String payloadType,
        String payloadRevision,
        String timestamp,
        byte[] payload,
        byte[] metadata) {}
