package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.eventstore.IntegrityReport.Reason;

class IncidentChainVerifierTest {

    private final List<StoredEvent> events = new ArrayList<>();
    private final List<ChainLink> links = new ArrayList<>();

    IncidentChainVerifierTest() {
        var previous = EventChain.GENESIS;
        for (int sequence = 0; sequence < 4; sequence++) {
            var event = EventChainTest.event("i-1", sequence, "{\"n\":" + sequence + "}");
            var hash = EventChain.linkHash(previous, event);
            events.add(event);
            links.add(new ChainLink("i-1", sequence, event.eventIdentifier(), previous, hash));
            previous = hash;
        }
    }

    private IntegrityReport verify() {
        return IncidentChainVerifier.verify("i-1", events, links);
    }

    @Test
    void anUntouchedChainIsVerifiedAndReportsItsHead() {
        var report = verify();
        assertThat(report.verified()).isTrue();
        assertThat(report.events()).isEqualTo(4);
        assertThat(report.firstBrokenLink()).isNull();
        assertThat(report.headHash()).isEqualTo(links.get(3).hash());
    }

    @Test
    void aChangedPayloadBreaksTheLinkOfThatEvent() {
        var e = events.get(2);
        events.set(
                2,
                new StoredEvent(
                        e.aggregateIdentifier(),
                        2,
                        e.eventIdentifier(),
                        e.payloadType(),
                        e.payloadRevision(),
                        e.timestamp(),
                        EventChainTest.flipFirstByte(e.payload()),
                        e.metadata()));
        assertBrokenAt(2, Reason.EVENT_CHANGED);
    }

    @Test
    void aChangedLastEventIsReportedAsChangedEvent() {
        var e = events.get(3);
        events.set(
                3,
                new StoredEvent(
                        e.aggregateIdentifier(),
                        3,
                        e.eventIdentifier(),
                        e.payloadType(),
                        e.payloadRevision(),
                        "2030-01-01T00:00:00Z",
                        e.payload(),
                        e.metadata()));
        assertBrokenAt(3, Reason.EVENT_CHANGED);
    }

    @Test
    void aDeletedEventIsReportedAtItsLink() {
        events.remove(1);
        assertBrokenAt(1, Reason.EVENT_MISSING);
        assertThat(verify().events()).isEqualTo(3);
    }

    @Test
    void anEventWithoutALinkIsReported() {
        links.remove(3);
        assertBrokenAt(3, Reason.LINK_MISSING);
    }

    @Test
    void aDeletedEventTogetherWithItsLinkBreaksTheNextLink() {
        events.remove(1);
        links.remove(1);
        assertBrokenAt(2, Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void deletingTheFirstEventAndItsLinkBreaksTheChainAtTheStart() {
        events.remove(0);
        links.remove(0);
        assertBrokenAt(1, Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aChangedLinkHashIsToldApartFromAChangedEvent() {
        var l = links.get(1);
        links.set(1, new ChainLink("i-1", 1, l.eventIdentifier(), l.previousHash(), "f".repeat(64)));
        assertBrokenAt(1, Reason.LINK_CHANGED);
    }

    @Test
    void swappingTwoEventsIsReportedAsReplacedEvent() {
        var first = events.get(1);
        var second = events.get(2);
        events.set(1, withSequence(second, 1));
        events.set(2, withSequence(first, 2));
        assertBrokenAt(1, Reason.EVENT_REPLACED);
    }

    @Test
    void anEventAndLinkRewrittenTogetherAreCaughtByTheNextLink() {
        var e = events.get(1);
        var forged = new StoredEvent(
                "i-1",
                1,
                e.eventIdentifier(),
                e.payloadType(),
                e.payloadRevision(),
                e.timestamp(),
                "{\"n\":99}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                e.metadata());
        events.set(1, forged);
        var l = links.get(1);
        links.set(
                1,
                new ChainLink(
                        "i-1",
                        1,
                        l.eventIdentifier(),
                        l.previousHash(),
                        EventChain.linkHash(l.previousHash(), forged)));
        assertBrokenAt(2, Reason.PREVIOUS_HASH_MISMATCH);
    }

    private static StoredEvent withSequence(StoredEvent e, long sequence) {
        return new StoredEvent(
                e.aggregateIdentifier(),
                sequence,
                e.eventIdentifier(),
                e.payloadType(),
                e.payloadRevision(),
                e.timestamp(),
                e.payload(),
                e.metadata());
    }

    private void assertBrokenAt(long sequence, Reason reason) {
        var report = verify();
        assertThat(report.verified()).isFalse();
        assertThat(report.firstBrokenLink().sequenceNumber()).isEqualTo(sequence);
        assertThat(report.firstBrokenLink().reason()).isEqualTo(reason);
        assertThat(report.firstBrokenLink().eventIdentifier())
                .isEqualTo("event-i-1-" + (reason == Reason.EVENT_REPLACED ? 2 : sequence));
    }
}
