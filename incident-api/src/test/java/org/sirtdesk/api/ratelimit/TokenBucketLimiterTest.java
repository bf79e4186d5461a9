package org.sirtdesk.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenBucketLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-05-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();

    TokenBucketLimiter fivePerMinute(int maxKeys) {
        return new TokenBucketLimiter(5, Duration.ofMinutes(1), maxKeys, clock);
    }

    @Nested
    class WithinOneAddress {

        @Test
        void allowsABurstUpToTheCapacityThenRefusesWithTheTimeUntilTheNextToken() {
            var limiter = fivePerMinute(100);
            for (int i = 0; i < 5; i++) {
                assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
            }
            var refused = limiter.tryAcquire("10.0.0.1");
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(12));
        }

        @Test
        void refillsEvenlySoOneMoreRequestPassesAfterOneFifthOfThePeriod() {
            var limiter = fivePerMinute(100);
            for (int i = 0; i < 5; i++) {
                limiter.tryAcquire("10.0.0.1");
            }
            clock.advance(Duration.ofSeconds(11));
            var stillRefused = limiter.tryAcquire("10.0.0.1");
            assertThat(stillRefused.allowed()).isFalse();
            assertThat(stillRefused.retryAfter()).isEqualTo(Duration.ofSeconds(1));

            clock.advance(Duration.ofSeconds(1));
            assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
            assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isFalse();
        }

        @Test
        void neverHoldsMoreThanTheCapacityHoweverLongItWasIdle() {
            var limiter = fivePerMinute(100);
            limiter.tryAcquire("10.0.0.1");
            clock.advance(Duration.ofDays(3));
            for (int i = 0; i < 5; i++) {
                assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
            }
            assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isFalse();
        }

        @Test
        void aClockGoingBackwardsAddsNoTokens() {
            var limiter = fivePerMinute(100);
            for (int i = 0; i < 5; i++) {
                limiter.tryAcquire("10.0.0.1");
            }
            clock.advance(Duration.ofMinutes(-10));
            assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isFalse();
        }
    }

    @Nested
    class AcrossAddresses {

        @Test
        void countsEachAddressOnItsOwn() {
            var limiter = fivePerMinute(100);
            for (int i = 0; i < 5; i++) {
                limiter.tryAcquire("10.0.0.1");
            }
            assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isFalse();
            assertThat(limiter.tryAcquire("10.0.0.2").allowed()).isTrue();
        }

        @Test
        void dropsRefilledBucketsWhenItNeedsRoomForANewAddress() {
            var limiter = fivePerMinute(2);
            limiter.tryAcquire("10.0.0.1");
            limiter.tryAcquire("10.0.0.2");
            clock.advance(Duration.ofMinutes(1));
            assertThat(limiter.tryAcquire("10.0.0.3").allowed()).isTrue();
            assertThat(limiter.trackedKeys()).isEqualTo(1);
        }

        @Test
        void refusesANewAddressWhileEveryTrackedBucketIsStillInUse() {
            var limiter = fivePerMinute(2);
            limiter.tryAcquire("10.0.0.1");
            limiter.tryAcquire("10.0.0.2");
            var refused = limiter.tryAcquire("10.0.0.3");
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(12));
            assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
            assertThat(limiter.trackedKeys()).isEqualTo(2);
        }
    }

    @Test
    void rejectsALimitThatCouldNeverLetAnythingThrough() {
        assertThatThrownBy(() -> new TokenBucketLimiter(0, Duration.ofMinutes(1), 10, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucketLimiter(1, Duration.ZERO, 10, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndMinutes() {
        var exceeded = new RateLimitExceededException(Duration.ofMillis(12_001));
        assertThat(exceeded.retryAfterSeconds()).isEqualTo(13);
        assertThat(exceeded.retryAfterMinutes()).isEqualTo(1);
        assertThat(new RateLimitExceededException(Duration.ofMinutes(2).plusSeconds(1)).retryAfterMinutes())
                .isEqualTo(3);
        assertThat(new RateLimitExceededException(Duration.ZERO).retryAfterSeconds())
                .isEqualTo(1);
    }
}
