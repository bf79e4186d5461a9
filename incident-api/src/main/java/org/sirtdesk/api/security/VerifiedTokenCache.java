package org.sirtdesk.api.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers bearer tokens that passed full verification (signature, issuer, audience, times) until
 * they expire. A client sends the same token with many requests; verifying its RSA signature and
 * parsing it again each time was about a seventh of the CPU of a report under load
 * (docs/benchmarks.md). Only the exact token text that was verified is found here, an entry is
 * never used after the token's expiry, and the cache is bounded: when full it starts again empty.
 */
final class VerifiedTokenCache implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var known = verified.get(token);
        if (known != null) {
            if (usable(known, clock.instant())) {
                return known;
            }
            verified.remove(token, known);
        }
        var jwt = verifier.decode(token);
        if (!usable(jwt, clock.instant())) {
            // Accepted by the verifier within its clock skew, or without an expiry: not remembered.
            return jwt;
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, jwt);
        return jwt;
    }

    /**
     * Has an expiry, is before it and not before its start. Unlike the verifier, no clock skew is
     * allowed here, so a remembered token is never accepted longer than the verifier would accept it.
     */
    private static boolean usable(Jwt jwt, Instant now) {
        var expires = jwt.getExpiresAt();
        var notBefore = jwt.getNotBefore();
        return expires != null && now.isBefore(expires) && (notBefore == null || !now.isBefore(notBefore));
    }

    int size() {
        return verified.size();
    }
}
