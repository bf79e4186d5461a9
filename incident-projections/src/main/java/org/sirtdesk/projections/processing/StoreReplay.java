package org.sirtdesk.projections.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays the whole event store into a processing group's handlers in large pages: the bulk path of
 * a rebuild. A processor hands events to its handlers one by one, each through its unit of work,
 * interceptors, monitors and segment checks. Here one thread reads a page of events in one query and
 * deserializes the payloads (with the store's upcasters and serializer); the page is split by
 * aggregate (incident) over a few workers, and each worker applies its share in one unit of work and
 * one transaction, so that {@link PerBatch} writes it as a few JDBC batches. An incident's events
 * always go to the same worker, in order. The handlers are the processor's own, invoked through
 * Axon's annotation adapter, so a replay gives exactly the tables the processor would.
 *
 * <p>Each share commits on its own: a replay that fails part-way leaves what it applied in place.
 * The read models are idempotent (an event already applied changes nothing), so replaying the store
 * again over them, in bulk or event by event, gives the same tables.
 *
 * <p>Events appended while a replay runs are not lost: the replay ends at the last event it read and
 * returns that position, which is where the processor carries on. Appends are serialised (ADR 3), so
 * a hole below a visible event is a rolled-back append that stays empty: the position needs no gaps.
 */
public final class StoreReplay {

    private static final String PAGE_QUERY = """
            SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,
                payloadtype, payloadrevision, payload, metadata
            FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT ?
            """;

    private static final List<TrackedEventMessage<?>> END = List.of();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final List<? extends EventMessageHandler> handlers;
    private final int pageSize;
    private final int workers;

    /**
     * @param jdbc reads the event store and writes the read models
     * @param transactions one transaction per share of a page a worker applies
     * @param serializer the event serializer the store was written with
     * @param upcasters the store's upcaster chain
     * @param handlers the processing group's handlers, in the processor's order
     * @param pageSize events read at a time
     * @param workers threads applying pages, each with a database connection of its own
     */
    public StoreReplay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Serializer serializer,
            EventUpcaster upcasters,
            List<? extends EventMessageHandler> handlers,
            int pageSize,
            int workers) {
        if (pageSize < 1 || workers < 1) {
            throw new IllegalArgumentException("pageSize and workers must be at least 1");
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.handlers = List.copyOf(handlers);
        this.pageSize = pageSize;
        this.workers = workers;
    }

    /**
     * Applies every stored event, in order per aggregate, to the handlers.
     *
     * @param progress told the number of events applied so far, about once a second and at the end
     * @return the position of the last event applied, as a processor's token index; empty when the
     *     store holds no event
     */
    public OptionalLong replay(LongConsumer progress) {
        var applied = new AtomicLong();
        var last = new AtomicLong(-1);
        var shares = new ArrayList<BlockingQueue<List<TrackedEventMessage<?>>>>();
        for (int i = 0; i < workers; i++) {
            shares.add(new ArrayBlockingQueue<>(4));
        }
        var executor = Executors.newFixedThreadPool(workers + 1, new Threads());
        try {
            var tasks = new ArrayList<Future<?>>();
            tasks.add(executor.submit(() -> {
                read(shares, last);
                return null;
            }));
            for (var share : shares) {
                tasks.add(executor.submit(() -> {
                    work(share, applied);
                    return null;
                }));
            }
            await(tasks, () -> progress.accept(applied.get()));
            progress.accept(applied.get());
            return last.get() < 0 ? OptionalLong.empty() : OptionalLong.of(last.get());
        } finally {
            executor.shutdownNow();
        }
    }

    /** Reads page after page until one comes back short, handing each worker its share. */
    private void read(List<BlockingQueue<List<TrackedEventMessage<?>>>> shares, AtomicLong last)
            throws InterruptedException {
        long after = -1;
        while (true) {
            var rows = jdbc.query(
                    PAGE_QUERY,
                    (rs, i) -> new TrackedDomainEventData<>(
                            new GlobalSequenceTrackingToken(rs.getLong(1)),
                            new GenericDomainEventEntry<>(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getBytes(9),
                                    rs.getBytes(10))),
                    after,
                    pageSize);
            var split = new ArrayList<List<TrackedEventMessage<?>>>();
            for (int i = 0; i < shares.size(); i++) {
                split.add(new ArrayList<>());
            }
            EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer, upcasters)
                    .forEach(event -> {
                        event.getPayload();
                        split.get(share(event, shares.size())).add(event);
                    });
            for (int i = 0; i < shares.size(); i++) {
                if (!split.get(i).isEmpty()) {
                    shares.get(i).put(split.get(i));
                }
            }
            if (!rows.isEmpty()) {
                after = rows.get(rows.size() - 1).trackingToken().position().orElseThrow();
                last.set(after);
            }
            if (rows.size() < pageSize) {
                for (var share : shares) {
                    share.put(END);
                }
                return;
            }
        }
    }

    private static int share(EventMessage<?> event, int count) {
        var key =
                event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
        return Math.floorMod(key.hashCode(), count);
    }

    private void work(BlockingQueue<List<TrackedEventMessage<?>>> share, AtomicLong applied)
            throws InterruptedException {
        while (true) {
            var events = share.take();
            if (events == END) {
                return;
            }
            transactions.executeWithoutResult(status -> apply(events));
            applied.addAndGet(events.size());
        }
    }

    /** Waits for every task, reporting progress; the first failure stops the others. */
    private static void await(List<Future<?>> tasks, Runnable progress) {
        try {
            for (var task : tasks) {
                while (true) {
                    try {
                        task.get(1, TimeUnit.SECONDS);
                        break;
                    } catch (TimeoutException e) {
                        progress.run();
                        for (var other : tasks) {
                            if (other.isDone()) {
                                other.get();
                            }
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying the event store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Replaying the event store failed", e.getCause());
        }
    }

    /** One unit of work for the events: the handlers' {@link PerBatch} work is written when it commits. */
    private void apply(List<TrackedEventMessage<?>> events) {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            for (var event : events) {
                handle(event);
            }
        } catch (RuntimeException | Error e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
    }

    private void handle(EventMessage<?> event) {
        for (var handler : handlers) {
            if (handler.canHandle(event)) {
                try {
                    handler.handle(event);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(
                            "Handler " + handler.getTargetType().getSimpleName() + " failed on event "
                                    + event.getIdentifier(),
                            e);
                }
            }
        }
    }

    private static final class Threads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            var thread = new Thread(runnable, "store-replay-" + count.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
