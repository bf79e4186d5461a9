package org.sirtdesk.api.eventstore;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a chain link: SHA-256 over a canonical encoding of the previous link's hash and the
 * event as stored.
 *
 * <p>The encoding starts with a version tag, then every field in a fixed order, each prefixed with
 * its length as a 32-bit big-endian integer (-1 for a missing value), so no bytes can move from one
 * field into another without changing the hash. The sequence number is a fixed 8-byte big-endian
 * integer. See docs/adr/0006-tamper-evident-event-chain.md.
 */
public final class EventChain {

    /** The previous hash of the first event of an aggregate. */
    public static final String GENESIS = "0".repeat(64);

    static final String VERSION_TAG = "sirtdesk-event-chain-v1";

    private EventChain() {}

    public static String linkHash(String previousHash, StoredEvent event) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalEncoding(previousHash, event)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static byte[] canonicalEncoding(String previousHash, StoredEvent event) {
        var bytes = new ByteArrayOutputStream(256 + length(event.payload()) + length(event.metadata()));
        try (var out = new DataOutputStream(bytes)) {
            field(out, text(VERSION_TAG));
            field(out, text(previousHash));
            field(out, text(event.aggregateIdentifier()));
            out.writeLong(event.sequenceNumber());
            field(out, text(event.eventIdentifier()));
            field(out, text(event.payloadType()));
            field(out, text(event.payloadRevision()));
            field(out, text(event.timestamp()));
            field(out, event.payload());
            field(out, event.metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
