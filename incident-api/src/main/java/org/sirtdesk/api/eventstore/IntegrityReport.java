package org.sirtdesk.api.eventstore;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of verifying one incident's hash chain.
 *
 * @param events the number of events the store holds for the incident
 * @param firstBrokenLink the first link, in sequence order, that does not hold; absent when verified
 * @param headHash the hash of the incident's last stored link, the value to compare with an exported head
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntegrityReport(
        String incidentId, boolean verified, int events, BrokenLink firstBrokenLink, String headHash) {

    /** Why a link does not hold. */
    public enum Reason {
        /** The event row differs from what its link sealed: payload, metadata, type, revision or timestamp. */
        EVENT_CHANGED,
        /** The link's own hash was changed: the next link still refers to the event as stored. */
        LINK_CHANGED,
        /** An event has no link. */
        LINK_MISSING,
        /** A link has no event: the event row was deleted. */
        EVENT_MISSING,
        /** The link was made for another event: events were moved or replaced. */
        EVENT_REPLACED,
        /** The link does not continue from the previous link: a link or event before it was removed or changed. */
        PREVIOUS_HASH_MISMATCH
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BrokenLink(long sequenceNumber, String eventIdentifier, Reason reason, String detail) {}
}
