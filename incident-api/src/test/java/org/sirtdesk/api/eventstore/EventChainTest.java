package org.sirtdesk.api.eventstore;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EventChainTest {

    static StoredEvent event(String aggregate, long sequence, String payload) {
        return new StoredEvent(
                aggregate,
                sequence,
                "event-" + aggregate + "-" + sequence,
                "org.sirtdesk.core.incident.api.IncidentReported",
                "1",
                "2026-05-01T00:40:00Z",
                payload.getBytes(UTF_8),
                "{\"traceId\":\"t\"}".getBytes(UTF_8));
    }

    private final StoredEvent event = event("i-1", 0, "{\"title\":\"phishing\"}");

    @Test
    void theSameEventAfterTheSamePreviousHashAlwaysGivesTheSameLink() {
        var copy = new StoredEvent(
                "i-1",
                0,
                event.eventIdentifier(),
                event.payloadType(),
                "1",
                event.timestamp(),
                event.payload().clone(),
                event.metadata().clone());
        assertThat(EventChain.linkHash(EventChain.GENESIS, copy))
                .isEqualTo(EventChain.linkHash(EventChain.GENESIS, event))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void everyFieldOfTheEventAndThePreviousHashChangesTheLink() {
        var original = EventChain.linkHash(EventChain.GENESIS, event);
        List<UnaryOperator<StoredEvent>> changes = List.of(
                e -> new StoredEvent(
                        "i-2", 0, e.eventIdentifier(), e.payloadType(), "1", e.timestamp(), e.payload(), e.metadata()),
                e -> new StoredEvent(
                        "i-1", 1, e.eventIdentifier(), e.payloadType(), "1", e.timestamp(), e.payload(), e.metadata()),
                e -> new StoredEvent("i-1", 0, "other", e.payloadType(), "1", e.timestamp(), e.payload(), e.metadata()),
                e -> new StoredEvent(
                        "i-1", 0, e.eventIdentifier(), "Other", "1", e.timestamp(), e.payload(), e.metadata()),
                e -> new StoredEvent(
                        "i-1", 0, e.eventIdentifier(), e.payloadType(), "2", e.timestamp(), e.payload(), e.metadata()),
                e -> new StoredEvent(
                        "i-1",
                        0,
                        e.eventIdentifier(),
                        e.payloadType(),
                        "1",
                        "2026-05-01T00:40:01Z",
                        e.payload(),
                        e.metadata()),
                e -> new StoredEvent(
                        "i-1",
                        0,
                        e.eventIdentifier(),
                        e.payloadType(),
                        "1",
                        e.timestamp(),
                        flipFirstByte(e.payload()),
                        e.metadata()),
                e -> new StoredEvent(
                        "i-1",
                        0,
                        e.eventIdentifier(),
                        e.payloadType(),
                        "1",
                        e.timestamp(),
                        e.payload(),
                        flipFirstByte(e.metadata())));
        for (var change : changes) {
            assertThat(EventChain.linkHash(EventChain.GENESIS, change.apply(event)))
                    .isNotEqualTo(original);
        }
        assertThat(EventChain.linkHash("1".repeat(64), event)).isNotEqualTo(original);
    }

    @Test
    void movingBytesBetweenAdjacentFieldsChangesTheLinkBecauseEveryFieldIsLengthPrefixed() {
        var split = new StoredEvent("i-1", 0, "e", "ab", "c", "t", "xy".getBytes(UTF_8), "z".getBytes(UTF_8));
        var shiftedText = new StoredEvent("i-1", 0, "e", "a", "bc", "t", "xy".getBytes(UTF_8), "z".getBytes(UTF_8));
        var shiftedBytes = new StoredEvent("i-1", 0, "e", "ab", "c", "t", "x".getBytes(UTF_8), "yz".getBytes(UTF_8));
        var hash = EventChain.linkHash(EventChain.GENESIS, split);
        assertThat(EventChain.linkHash(EventChain.GENESIS, shiftedText)).isNotEqualTo(hash);
        assertThat(EventChain.linkHash(EventChain.GENESIS, shiftedBytes)).isNotEqualTo(hash);
    }

    @Test
    void aMissingValueIsEncodedDifferentlyFromAnEmptyOne() {
        var noRevision = new StoredEvent("i-1", 0, "e", "T", null, "t", new byte[0], null);
        var emptyRevision = new StoredEvent("i-1", 0, "e", "T", "", "t", new byte[0], null);
        var emptyMetadata = new StoredEvent("i-1", 0, "e", "T", null, "t", new byte[0], new byte[0]);
        assertThat(EventChain.linkHash(EventChain.GENESIS, noRevision))
                .isNotEqualTo(EventChain.linkHash(EventChain.GENESIS, emptyRevision))
                .isNotEqualTo(EventChain.linkHash(EventChain.GENESIS, emptyMetadata));
    }

    @Test
    void theEncodingIsTheVersionTagThenLengthPrefixedFieldsInAFixedOrder() {
        var small = new StoredEvent("a", 7, "e", "T", null, "t", new byte[] {1, 2}, null);
        var bytes = EventChain.canonicalEncoding("p", small);
        var tag = EventChain.VERSION_TAG.getBytes(UTF_8);
        var expected = java.nio.ByteBuffer.allocate(4 + tag.length + 5 + 5 + 8 + 5 + 5 + 4 + 5 + 6 + 4);
        expected.putInt(tag.length).put(tag);
        expected.putInt(1).put((byte) 'p');
        expected.putInt(1).put((byte) 'a');
        expected.putLong(7);
        expected.putInt(1).put((byte) 'e');
        expected.putInt(1).put((byte) 'T');
        expected.putInt(-1);
        expected.putInt(1).put((byte) 't');
        expected.putInt(2).put((byte) 1).put((byte) 2);
        expected.putInt(-1);
        assertThat(bytes).isEqualTo(expected.array());
    }

    static byte[] flipFirstByte(byte[] bytes) {
        var copy = bytes.clone();
        copy[0] ^= 1;
        return copy;
    }
}
