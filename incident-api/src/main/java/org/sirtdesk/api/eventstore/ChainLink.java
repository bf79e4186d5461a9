package org.sirtdesk.api.eventstore;

/** One row of {@code event_chain}: the link that seals one event of an aggregate to its predecessor. */
public record ChainLink(
        String aggregateIdentifier, long sequenceNumber, String eventIdentifier, String previousHash, String hash) {}
