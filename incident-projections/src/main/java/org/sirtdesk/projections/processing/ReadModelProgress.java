package org.sirtdesk.projections.processing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Tells whoever waits for an incident's list row which version this instance has just committed,
 * so that read-your-writes (the API answering once the row shows the command's event) learns it
 * from the projection's commit instead of reading the table. Only this instance's commits are seen;
 * a waiter whose incident is processed by another instance still looks at the table on its own
 * schedule.
 */
@Component
public class ReadModelProgress {

    private final ConcurrentMap<String, Watch> watched = new ConcurrentHashMap<>();

    /**
     * Starts noting the versions this instance commits for the incident's row. Ask before sending the
     * command, so that the projection's commit cannot come first; {@link Watch#close() close} when done.
     */
    public Watch watch(String incidentId) {
        return watched.compute(incidentId, (id, watch) -> {
            var held = watch == null ? new Watch(id) : watch;
            held.holders++;
            return held;
        });
    }

    /** Called after the commit that brought these incidents' rows to these versions. */
    public void committed(Map<String, Long> versions) {
        if (watched.isEmpty()) {
            return;
        }
        versions.forEach((incidentId, version) -> {
            var watch = watched.get(incidentId);
            if (watch != null) {
                watch.committed(version);
            }
        });
    }

    /** The versions committed for one incident's row since it was first watched. */
    public final class Watch implements AutoCloseable {

        private final String incidentId;
        private long version = -1;
        // changed only inside the map's compute, which runs one at a time per incident
        private int holders;

        private Watch(String incidentId) {
            this.incidentId = incidentId;
        }

        synchronized void committed(long committed) {
            if (committed > version) {
                version = committed;
                notifyAll();
            }
        }

        /**
         * Waits up to {@code timeout} until a commit of this instance has brought the row to {@code
         * expected}; true if it has. A timed wait that runs out answers false rather than throwing (an
         * exception with its stack trace per wait was measurable under load).
         */
        public synchronized boolean reached(long expected, long timeout, TimeUnit unit) throws InterruptedException {
            long end = System.nanoTime() + unit.toNanos(timeout);
            while (version < expected) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        /** Stops noting versions for this holder; the last holder's close forgets the incident. */
        @Override
        public void close() {
            watched.computeIfPresent(incidentId, (id, watch) -> watch == this && --watch.holders == 0 ? null : watch);
        }
    }
}
