package org.sirtdesk.api.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;

/**
 * Group commit: appends that arrive while another is being written are written together, in one
 * transaction, by one writer thread.
 *
 * <p>Appends are serialised by the append lock (ADR 3), so under load callers queue for it anyway;
 * here they queue in memory instead, and the writer takes everything that queued up during the
 * previous transaction into the next. An append that finds the writer idle is written at once, on
 * its own. Each caller returns only after the transaction holding its events has committed, so
 * nothing is acknowledged that is not stored.
 *
 * <p>A group is all or nothing in the database, but not for its callers: when the group's
 * transaction fails, each append in it is written again in a transaction of its own, so a conflict
 * (a duplicate sequence number, a repeated idempotency key) fails only the append that caused it,
 * with the exception it would have had alone. See docs/adr/0011-group-commit-of-appends.md.
 */
final class GroupedAppends {

    /** How long the writer thread waits for work before it ends; the next append starts another. */
    private static final long IDLE_SECONDS = 30;

    private final Consumer<List<EventMessage<?>>> appendInTransaction;
    private final int maxEvents;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final ThreadPoolExecutor writer;

    /**
     * @param appendInTransaction writes the given events in one transaction of its own and returns
     *     once it has committed, or throws with nothing written
     * @param maxEvents the most events written in one transaction; an append larger than that is
     *     written alone
     */
    GroupedAppends(Consumer<List<EventMessage<?>>> appendInTransaction, int maxEvents) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("A group must hold at least one event");
        }
        this.appendInTransaction = appendInTransaction;
        this.maxEvents = maxEvents;
        this.writer =
                new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    var thread = new Thread(task, "event-appends");
                    thread.setDaemon(true);
                    return thread;
                });
        this.writer.allowCoreThreadTimeOut(true);
    }

    /** Writes the events with whatever else is waiting, and returns once they are committed. */
    void append(List<? extends EventMessage<?>> events) {
        var pending = new Pending(List.copyOf(events));
        queue.add(pending);
        if (writing.compareAndSet(false, true)) {
            writer.execute(this::writeQueued);
        }
        pending.await();
    }

    private void writeQueued() {
        do {
            Pending first;
            while ((first = queue.poll()) != null) {
                write(group(first));
            }
            writing.set(false);
            // an append queued after the last poll but before the flag was cleared started no writer
        } while (!queue.isEmpty() && writing.compareAndSet(false, true));
    }

    /** The first waiting append and those behind it, in arrival order, up to the size of a group. */
    private List<Pending> group(Pending first) {
        var group = new ArrayList<Pending>();
        group.add(first);
        int events = first.events.size();
        Pending next;
        while ((next = queue.peek()) != null && events + next.events.size() <= maxEvents) {
            group.add(queue.poll());
            events += next.events.size();
        }
        return group;
    }

    private void write(List<Pending> group) {
        if (group.size() == 1) {
            group.get(0).writeAlone(appendInTransaction);
            return;
        }
        var events = new ArrayList<EventMessage<?>>();
        group.forEach(pending -> events.addAll(pending.events));
        try {
            appendInTransaction.accept(events);
        } catch (RuntimeException | Error groupFailed) {
            // nothing of the group was written: each append again on its own, with its own outcome
            group.forEach(pending -> pending.writeAlone(appendInTransaction));
            return;
        }
        group.forEach(Pending::written);
    }

    private static final class Pending {

        private final List<EventMessage<?>> events;
        private final CompletableFuture<Void> outcome = new CompletableFuture<>();

        Pending(List<EventMessage<?>> events) {
            this.events = events;
        }

        void writeAlone(Consumer<List<EventMessage<?>>> appendInTransaction) {
            try {
                appendInTransaction.accept(events);
            } catch (RuntimeException | Error failed) {
                outcome.completeExceptionally(failed);
                return;
            }
            written();
        }

        void written() {
            outcome.complete(null);
        }

        /**
         * Waits for the outcome without giving up on an interrupt: the events may be committed at any
         * moment, and the caller must not be told otherwise. The interrupt is kept for the caller.
         */
        void await() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        outcome.get();
                        return;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException failure) {
                            throw failure;
                        }
                        if (e.getCause() instanceof Error error) {
                            throw error;
                        }
                        throw new IllegalStateException("Append failed", e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
