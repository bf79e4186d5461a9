package org.sirtdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    /** A verifier that knows a fixed set of tokens and counts how often it is asked. */
    static final class Verifier implements JwtDecoder {
        final Map<String, Jwt> valid = new HashMap<>();
        int calls;

        @Override
        public Jwt decode(String token) {
            calls++;
            var jwt = valid.get(token);
            if (jwt == null) {
                throw new BadJwtException("invalid token");
            }
            return jwt;
        }

        void accept(String token, Instant expires) {
            var builder = Jwt.withTokenValue(token).header("alg", "RS256").subject("reporter");
            if (expires != null) {
                builder.issuedAt(expires.minus(Duration.ofHours(1))).expiresAt(expires);
            } else {
                builder.claim("scope", "none");
            }
            valid.put(token, builder.build());
        }
    }

    final Verifier verifier = new Verifier();

    VerifiedTokenCache at(Instant now) {
        return new VerifiedTokenCache(verifier, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aVerifiedTokenIsNotVerifiedAgainBeforeItExpires() {
        verifier.accept("a", NOW.plusSeconds(600));
        var cache = at(NOW);

        var first = cache.decode("a");
        var second = cache.decode("a");

        assertThat(second).isSameAs(first);
        assertThat(verifier.calls).isEqualTo(1);
    }

    @Test
    void anExpiredTokenGoesBackToTheVerifier() {
        var clock = new MutableClock(NOW);
        var cache = new VerifiedTokenCache(verifier, clock);
        verifier.accept("a", NOW.plusSeconds(600));
        cache.decode("a");
        verifier.valid.remove("a");

        clock.now = NOW.plusSeconds(600);

        assertThatThrownBy(() -> cache.decode("a")).isInstanceOf(BadJwtException.class);
        assertThat(verifier.calls).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aRejectedTokenIsRejectedEveryTimeAndNeverRemembered() {
        var cache = at(NOW);

        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifier.calls).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void onlyTheExactTokenTextIsFound() {
        verifier.accept("a", NOW.plusSeconds(600));
        var cache = at(NOW);
        cache.decode("a");

        assertThatThrownBy(() -> cache.decode("a ")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void tokensWithoutExpiryOrInTheVerifiersClockSkewAreNotRemembered() {
        verifier.accept("no-expiry", null);
        verifier.accept("just-expired", NOW.minusSeconds(30));
        var cache = at(NOW);

        cache.decode("no-expiry");
        cache.decode("just-expired");

        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheStaysBounded() {
        var cache = at(NOW);
        for (int i = 0; i <= VerifiedTokenCache.MAX_TOKENS; i++) {
            verifier.accept("t" + i, NOW.plusSeconds(600));
            cache.decode("t" + i);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(VerifiedTokenCache.MAX_TOKENS);
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
