package org.sirtdesk.core.deadline;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of an obligation at a moment, the time left to its due time ({@code null} once it
 * is met or waived; negative when overdue), and whether the hard limit has been passed: for an
 * open obligation, {@code now} is after the hard limit; for a late one, it was sent after it.
 */
public record DeadlineAssessment(DeadlineStatus status, Duration remaining, boolean pastHardLimit) {

    public DeadlineAssessment {
        Objects.requireNonNull(status, "status");
        if (status.isOpen() != (remaining != null)) {
            throw new IllegalArgumentException("remaining time is given exactly for open obligations");
        }
    }

    public Optional<Duration> optionalRemaining() {
        return Optional.ofNullable(remaining);
    }
}
