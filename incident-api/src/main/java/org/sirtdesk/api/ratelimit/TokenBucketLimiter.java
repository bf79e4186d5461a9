package org.sirtdesk.api.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * An in-memory token bucket per key (a client address or a user): {@code capacity} requests at
 * once, refilled evenly over {@code period}. Kept in its exact integer form (the generic cell rate
 * algorithm): per key only the time at which the bucket will be full again, in nanoseconds, so
 * there is no rounding drift and no timer. Each node keeps its own buckets, so with several nodes
 * a client gets the limit once per node; that bounds abuse well enough for a report window.
 *
 * <p>At most {@code maxKeys} keys are kept. A key whose bucket is full again carries no information
 * and is dropped when room is needed; if every bucket is still in use, a new key is refused until
 * one refills (under a flood from very many addresses the window closes rather than the memory
 * filling up).
 */
public final class TokenBucketLimiter {

    /** The answer for one request; {@code retryAfter} is zero when it was allowed. */
    public record Decision(boolean allowed, Duration retryAfter) {

        static Decision allow() {
            return new Decision(true, Duration.ZERO);
        }

        static Decision refuse(long nanos) {
            return new Decision(false, Duration.ofNanos(nanos));
        }
    }

    /** Nanoseconds one token takes to come back. */
    private final long interval;
    /** How far ahead of now the full-again time may be while a token is left. */
    private final long tolerance;

    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Long> fullAgainAt = new HashMap<>();
    private long lastSweep;
    private boolean swept;

    public TokenBucketLimiter(int capacity, Duration period, int maxKeys, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1");
        }
        this.interval = Math.max(1, period.toNanos() / capacity);
        this.tolerance = interval * (capacity - 1);
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Takes one token for {@code key} if there is one. */
    public synchronized Decision tryAcquire(String key) {
        long now = nowNanos();
        var known = fullAgainAt.get(key);
        if (known == null && fullAgainAt.size() >= maxKeys && !sweep(now)) {
            return Decision.refuse(interval);
        }
        long from = known == null ? now : Math.max(known, now);
        long ahead = from - now;
        if (ahead > tolerance) {
            return Decision.refuse(ahead - tolerance);
        }
        fullAgainAt.put(key, from + interval);
        return Decision.allow();
    }

    /** How many keys are tracked now (for tests and metrics). */
    public synchronized int trackedKeys() {
        return fullAgainAt.size();
    }

    /** Drops keys whose bucket is full again, at most once per token interval; true when there is room. */
    private boolean sweep(long now) {
        if (!swept || now - lastSweep >= interval) {
            swept = true;
            lastSweep = now;
            fullAgainAt.values().removeIf(full -> full <= now);
        }
        return fullAgainAt.size() < maxKeys;
    }

    private long nowNanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
