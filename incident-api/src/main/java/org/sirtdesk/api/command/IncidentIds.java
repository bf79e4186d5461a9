package org.sirtdesk.api.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Makes incident ids and tracking codes at the edge. With an Idempotency-Key the ids are derived
 * from the user and the key, so a retried request addresses the same incident and creates nothing.
 */
@Component
public class IncidentIds {

    /** Crockford base32 without I, L, O, U: easy to read out on the phone. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public record NewIncident(String incidentId, String trackingCode) {}

    /** A fresh id for an entity inside an incident (instruction, measure, note, evidence). */
    public String newId(String prefix) {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return prefix + "-" + UUID.nameUUIDFromBytes(bytes);
    }

    public NewIncident next() {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return fromBytes(bytes);
    }

    public NewIncident forIdempotencyKey(String userId, String key) {
        return fromBytes(sha256(userId + "\u0000" + key));
    }

    private static NewIncident fromBytes(byte[] bytes) {
        var uuid = UUID.nameUUIDFromBytes(bytes);
        return new NewIncident(uuid.toString(), trackingCode(bytes));
    }

    private static String trackingCode(byte[] bytes) {
        var code = new StringBuilder("R-");
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (bytes[bytes.length - 1 - i] & 0xff);
        }
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                code.append('-');
            }
            code.append(ALPHABET[(int) (bits & 31)]);
            bits >>>= 5;
        }
        return code.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
