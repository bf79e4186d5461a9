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
 * model has reached the command's event before answering.
 *
 * <p>Watched before the command is sent ({@link #watch}), the wait ends as soon as this instance's
 * projection commits the row at that version ({@link ReadModelProgress}), without reading the table.
 * When another instance processes the incident's events ({@link Locality}), it looks at the row
 * after growing pauses of up to 50 ms instead; when this instance does, it looks only every 200 ms,
 * in case the incident's segment moved to another instance meanwhile.
 */
@Component
public class ReadModelAwait {

    /** Whether this instance's read-model processor handles an incident's events just now. */
    @FunctionalInterface
    public interface Locality {
        boolean processesHere(String incidentId);
    }

    private final Duration bound;
    private final ReadModelProgress progress;
    private final Locality locality;
    private final long firstPauseMillis;
    private final long longestPauseMillis;

    @Autowired
    public ReadModelAwait(
            @Value("${sirtdesk.read-your-writes.timeout:PT2S}") Duration bound,
            ReadModelProgress progress,
            Locality locality) {
        this(bound, progress, locality, Duration.ofMillis(10), Duration.ofMillis(50));
    }

    ReadModelAwait(
            Duration bound, ReadModelProgress progress, Locality locality, Duration firstPause, Duration longestPause) {
        this.bound = bound;
        this.progress = progress;
        this.locality = locality;
        this.firstPauseMillis = firstPause.toMillis();
        this.longestPauseMillis = longestPause.toMillis();
    }

    /** Starts watching the incident's row; call before sending the command, close after waiting. */
    public Watch watch(String incidentId) {
        return new Watch(incidentId, progress.watch(incidentId));
    }

    /** One incident's row, watched from before its command was sent. */
    public final class Watch implements AutoCloseable {

        private final String incidentId;
        private final ReadModelProgress.Watch commits;

        private Watch(String incidentId, ReadModelProgress.Watch commits) {
            this.incidentId = incidentId;
            this.commits = commits;
        }

        /**
         * Looks at the row first, for a command that may have recorded nothing new (a repeated report),
         * after which no commit would come; then as {@link #until}.
         */
        public boolean untilLookingFirst(LongSupplier version, long expected) {
            return version.getAsLong() >= expected || until(version, expected);
        }

        /** Returns true when the row reached {@code expected} within the bound. */
        public boolean until(LongSupplier version, long expected) {
            long deadline = System.nanoTime() + bound.toNanos();
            boolean local = locality.processesHere(incidentId);
            long pause = local ? 4 * longestPauseMillis : firstPauseMillis;
            try {
                while (true) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (commits.reached(expected, Math.max(0, Math.min(pause, left)), TimeUnit.MILLISECONDS)
                            || version.getAsLong() >= expected) {
                        return true;
                    }
                    if (left <= pause) {
                        return false;
                    }
                    if (!local) {
                        pause = Math.min(pause * 2, longestPauseMillis);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void close() {
            commits.close();
        }
    }
}
