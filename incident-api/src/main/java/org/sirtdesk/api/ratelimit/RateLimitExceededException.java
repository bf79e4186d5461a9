package org.sirtdesk.api.ratelimit;

import java.time.Duration;

/** A request over its limit; the page or API answering it says 429 and when to retry. */
public class RateLimitExceededException extends RuntimeException {

    private final transient Duration retryAfter;

    public RateLimitExceededException(Duration retryAfter) {
        super("Too many requests");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one: the value of the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Whole minutes to wait, at least one, for people. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
