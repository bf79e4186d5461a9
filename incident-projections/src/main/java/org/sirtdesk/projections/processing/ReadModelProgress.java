package org.sirtdesk.projections.processing;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import org.springframework.stereotype.Component;

/**
 * Tells whoever waits for an incident's list row that this instance has just committed a change
 * to it, so that read-your-writes (the API answering once the row shows the command's event) wakes
 * when the row is written instead of polling the table. Only this instance's commits are seen;
 * a waiter whose incident is processed by another instance still looks at the table on its own
 * schedule.
 */
@Component
public class ReadModelProgress {

    private final ConcurrentMap<String, CountDownLatch> waiting = new ConcurrentHashMap<>();

    /**
     * Opens at the next commit of this instance that changes the incident's row. Ask before looking
     * at the row, so that a commit in between is not missed. A latch rather than a future: a timed
     * wait that runs out returns false instead of throwing (an exception with its stack trace per
     * wait was measurable under load).
     */
    public CountDownLatch next(String incidentId) {
        return waiting.computeIfAbsent(incidentId, id -> new CountDownLatch(1));
    }

    /** Stops waiting for the incident, unless someone asked again meanwhile. */
    public void forget(String incidentId, CountDownLatch next) {
        waiting.remove(incidentId, next);
    }

    /** Called after the commit that changed these incidents' rows. */
    public void committed(Collection<String> incidentIds) {
        if (waiting.isEmpty()) {
            return;
        }
        for (var incidentId : incidentIds) {
            var next = waiting.remove(incidentId);
            if (next != null) {
                next.countDown();
            }
        }
    }
}
