package org.sirtdesk.api.command;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.sirtdesk.projections.processing.ReadModelProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the person who just acted: after a command, wait (bounded) until the read
 * model has reached the command's event before answering. The wait wakes when this instance commits
 * a change to the incident's row ({@link ReadModelProgress}); between wake-ups it looks at the row
 * after growing pauses (up to 50 ms), which is how it notices a row written by another instance.
 */
@Component
public class ReadModelAwait {

    private final Duration bound;
    private final ReadModelProgress progress;
    private final long firstPauseMillis;
    private final long longestPauseMillis;

    @Autowired
    public ReadModelAwait(
            @Value("${sirtdesk.read-your-writes.timeout:PT2S}") Duration bound, ReadModelProgress progress) {
        this(bound, progress, Duration.ofMillis(5), Duration.ofMillis(50));
    }

    ReadModelAwait(Duration bound, ReadModelProgress progress, Duration firstPause, Duration longestPause) {
        this.bound = bound;
        this.progress = progress;
        this.firstPauseMillis = firstPause.toMillis();
        this.longestPauseMillis = longestPause.toMillis();
    }

    /** Returns true when the incident's {@code version} reached {@code expected} within the bound. */
    public boolean until(String incidentId, LongSupplier version, long expected) {
        long deadline = System.nanoTime() + bound.toNanos();
        long pause = firstPauseMillis;
        while (true) {
            var next = progress.next(incidentId);
            if (version.getAsLong() >= expected) {
                progress.forget(incidentId, next);
                return true;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                progress.forget(incidentId, next);
                return false;
            }
            try {
                if (!next.await(Math.min(pause, left), TimeUnit.MILLISECONDS)) {
                    pause = Math.min(pause * 2, longestPauseMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                progress.forget(incidentId, next);
                return false;
            }
        }
    }
}
