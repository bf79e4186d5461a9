package org.sirtdesk.api.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.sirtdesk.projections.processing.ReadModels;
import org.sirtdesk.projections.processing.StoreReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The initial position of a read-model processor. When the processor starts without tokens (a first
 * start, or a rebuild as operations.md describes it: tables emptied, tokens forgotten), its handlers
 * are filled by {@link StoreReplay} from the whole store, and the processor starts after the last
 * event replayed. Axon asks for the position while the processor starts, before the instance serves
 * requests, so an instance that rebuilds answers once its read models are complete.
 *
 * <p>If the replay fails (an event a handler refuses, say), the processor starts from the beginning
 * of the store instead and replays event by event, where a failing event is parked in the dead-letter
 * queue and the others go on; what the bulk replay applied is passed over, since every read model is
 * idempotent. A reset through Axon's own {@code resetTokens} (the tokens exist) also replays event by
 * event. Two instances starting without tokens at once both replay; the handlers' idempotence keeps
 * the tables right, and the one that commits its tokens second finds the first one's.
 *
 * <p>{@code sirtdesk.projection.replayed} counts the events a bulk replay has applied; the lag gauge
 * has no value until the processor has tokens.
 */
final class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final long LOG_EVERY = 200_000;

    private final String processingGroup;
    private final ListableBeanFactory beans;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final int pageSize;
    private final int workers;

    ReadModelRebuild(
            String processingGroup,
            ListableBeanFactory beans,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            MeterRegistry meters,
            int pageSize,
            int workers) {
        this.processingGroup = processingGroup;
        this.beans = beans;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.meters = meters;
        this.pageSize = pageSize;
        this.workers = workers;
    }

    TrackingToken initialToken(Configuration axon, StreamableMessageSource<TrackedEventMessage<?>> source) {
        var tokens = axon.eventProcessingConfiguration().tokenStore(processingGroup);
        if (tokens.fetchSegments(processingGroup).length > 0) {
            return source.createTailToken();
        }
        var replay = new StoreReplay(
                jdbc, transactions, axon.eventSerializer(), axon.upcasterChain(), handlers(axon), pageSize, workers);
        var replayed = Counter.builder("sirtdesk.projection.replayed")
                .tag("processor", processingGroup)
                .description("Events applied by bulk replays of the processor's read models")
                .baseUnit("events")
                .register(meters);
        var counted = new AtomicLong();
        long started = System.nanoTime();
        log.info("Processor {} has no position: replaying the event store into its read models", processingGroup);
        try {
            var last = replay.replay(applied -> {
                long before = counted.getAndSet(applied);
                replayed.increment(applied - before);
                if (applied / LOG_EVERY != before / LOG_EVERY) {
                    log.info("Processor {}: {} events replayed", processingGroup, applied);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info(
                    "Processor {}: {} events replayed in {} s; carrying on after global index {}",
                    processingGroup,
                    counted.get(),
                    String.format("%.1f", seconds),
                    last.isPresent() ? last.getAsLong() : "(none)");
            if (last.isEmpty()) {
                return source.createTailToken();
            }
            vacuumLater();
            return new GapAwareTrackingToken(last.getAsLong(), List.of());
        } catch (RuntimeException e) {
            log.warn(
                    "Processor {}: the bulk replay failed; replaying event by event from the start instead",
                    processingGroup,
                    e);
            return source.createTailToken();
        }
    }

    /**
     * On PostgreSQL, vacuums and analyses the freshly filled tables in the background, so that the
     * list's total is an index-only scan and the planner knows the tables as soon as possible instead
     * of when autovacuum comes round (docs/benchmarks.md: list page p99 57 ms before, 24 ms after).
     */
    private void vacuumLater() {
        var vacuum = new Thread(
                () -> {
                    try {
                        var database = jdbc.execute((ConnectionCallback<String>)
                                connection -> connection.getMetaData().getDatabaseProductName());
                        if (!"PostgreSQL".equals(database)) {
                            return;
                        }
                        long started = System.nanoTime();
                        jdbc.execute("VACUUM (ANALYZE) " + String.join(", ", ReadModels.TABLES));
                        log.info(
                                "Processor {}: tables vacuumed and analysed in {} s",
                                processingGroup,
                                String.format("%.1f", (System.nanoTime() - started) / 1e9));
                    } catch (RuntimeException e) {
                        log.warn(
                                "Processor {}: vacuuming the rebuilt tables failed; autovacuum will",
                                processingGroup,
                                e);
                    }
                },
                "read-models-vacuum");
        vacuum.setDaemon(true);
        vacuum.start();
    }

    /** The group's handlers as the processor sees them: Axon's adapter with the configured resolvers. */
    private List<AnnotationEventHandlerAdapter> handlers(Configuration axon) {
        var handlers = new ArrayList<AnnotationEventHandlerAdapter>();
        ProcessingConfiguration.groupOfBeans(beans).forEach((name, group) -> {
            if (group.equals(processingGroup)) {
                var bean = beans.getBean(name);
                handlers.add(new AnnotationEventHandlerAdapter(
                        bean, axon.parameterResolverFactory(), axon.handlerDefinition(AopUtils.getTargetClass(bean))));
            }
        });
        return handlers;
    }
}
