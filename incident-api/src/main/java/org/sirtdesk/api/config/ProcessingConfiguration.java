package org.sirtdesk.api.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.sirtdesk.api.eventstore.CommitNotifyingMessageSource;
import org.sirtdesk.core.deadline.DeadlineCalculator;
import org.sirtdesk.core.incident.domain.IncidentModule;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.policy.OrganisationSettings;
import org.sirtdesk.projections.processing.ReadModels;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Event processing: pooled streaming processors whose tokens live in the read-model database and
 * transaction, committed without waiting for the log flush on PostgreSQL (AsynchronousCommits),
 * failures propagated (retried) rather than logged and skipped, and a dead-letter
 * queue per projection (enabled in application.yml) so one poisoned event parks its sequence
 * instead of being dropped.
 */
@Configuration
public class ProcessingConfiguration {

    /**
     * Events a work package handles in one transaction. Catching up (a rebuild, a restart after a pause)
     * commits the read model and the token once per batch instead of once per event; live, a batch is
     * just what has arrived.
     */
    static final int BATCH_SIZE = 200;

    /**
     * Segments a processor's stream is split into when its tokens are first created: the unit of
     * parallel work, and of sharing between instances. Each segment commits its own batches, so more
     * segments than needed mean smaller batches and more transactions under a steady stream (four
     * cost about 7 % more CPU per report than two in the intake benchmark), and more work for
     * the coordinator, which checks every work package for room before handing out each event.
     */
    static final int INITIAL_SEGMENTS = 2;

    /**
     * Events a bulk replay of the read models reads and applies at a time (ReadModelRebuild): large
     * enough that a page costs a few JDBC batches, small enough that two pages in memory stay small.
     */
    static final int REPLAY_PAGE_SIZE = 2000;

    /**
     * Threads applying a bulk replay, each with its own share of the incidents and its own database
     * connection: the database works on that many transactions at once.
     */
    static final int REPLAY_WORKERS = 2;

    /**
     * Applies to every processing group, so a new projection gets the same guarantees without
     * configuration: pooled streaming, the commit-notifying source, failures propagated, and a JDBC
     * dead-letter queue of its own. Ordered after Axon's Spring Boot modules, whose dead-letter
     * provider would otherwise replace this one with "none unless a property enables it".
     */
    @Bean
    public ConfigurerModule processingModule(
            ConnectionProvider connections,
            TransactionManager transactions,
            ListableBeanFactory beans,
            JdbcTemplate jdbc,
            PlatformTransactionManager springTransactions,
            MeterRegistry meters,
            DataSource dataSource,
            @Value("${sirtdesk.processing.asynchronous-commit:true}") boolean asynchronousCommit,
            @Value("${sirtdesk.processing.batch-size:" + BATCH_SIZE + "}") int batchSize,
            @Value("${sirtdesk.processing.initial-segments:" + INITIAL_SEGMENTS + "}") int initialSegments,
            @Value("${sirtdesk.processing.bulk-replay:true}") boolean bulkReplay,
            @Value("${sirtdesk.processing.replay-page-size:" + REPLAY_PAGE_SIZE + "}") int replayPageSize,
            @Value("${sirtdesk.processing.replay-workers:" + REPLAY_WORKERS + "}") int replayWorkers) {
        var groups = processingGroups(beans);
        var processorTransactions = AsynchronousCommits.forProcessors(transactions, dataSource, asynchronousCommit);
        var rebuild = new ReadModelRebuild(
                ReadModels.PROCESSING_GROUP, beans, jdbc, springTransactions, meters, replayPageSize, replayWorkers);
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                var processing = configurer
                        .eventProcessing()
                        .usingPooledStreamingEventProcessors((c, builder) -> builder.batchSize(batchSize)
                                .initialSegmentCount(initialSegments)
                                .transactionManager(processorTransactions))
                        .configureDefaultStreamableMessageSource(c -> new CommitNotifyingMessageSource(c.eventStore()))
                        .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                        .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance())
                        .registerDeadLetterQueueProvider(
                                group -> c -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                        .processingGroup(group)
                                        .connectionProvider(connections)
                                        .transactionManager(transactions)
                                        .schema(DeadLetterSchema.defaultSchema())
                                        .genericSerializer(c.serializer())
                                        .eventSerializer(c.eventSerializer())
                                        .build());
                // Remember which incidents have no dead letters, so the queue is asked once per
                // incident and segment instead of once per event.
                groups.forEach(group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                        group, (c, builder) -> builder.enableSequenceIdentifierCache()));
                // Without tokens the read-model processor fills its tables in bulk first (ReadModelRebuild);
                // sirtdesk.processing.bulk-replay=false leaves the whole replay to the processor.
                if (bulkReplay) {
                    processing.registerPooledStreamingEventProcessorConfiguration(
                            ReadModels.PROCESSING_GROUP,
                            (c, builder) -> builder.initialToken(source -> rebuild.initialToken(c, source)));
                }
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    private static Set<String> processingGroups(ListableBeanFactory beans) {
        return new TreeSet<>(groupOfBeans(beans).values());
    }

    /** The processing group of every bean that names one, by bean name. */
    static Map<String, String> groupOfBeans(ListableBeanFactory beans) {
        var groups = new LinkedHashMap<String, String>();
        for (var name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            var group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.put(name, group.value());
            }
        }
        return groups;
    }

    /**
     * The organisation profile of {@code sirtdesk.organisation.*}: a shipped profile ({@code agency} or
     * {@code local-government}) with the body's overrides (SPEC §3).
     */
    @Bean
    public OrganisationProfile organisationProfile(Environment environment) {
        return Binder.get(environment)
                .bind("sirtdesk.organisation", OrganisationSettings.class)
                .orElseGet(() -> new OrganisationSettings("agency", null, null, null, null, null, null))
                .toProfile();
    }

    /** Due times of the profile's deadline rules, on its closure calendar in Asia/Tokyo. */
    @Bean
    public DeadlineCalculator deadlineCalculator(OrganisationProfile profile) {
        return profile.deadlineCalculator();
    }

    /**
     * The incident aggregate. Its command handlers take the profile and the calculator as parameters;
     * as Spring beans they resolve through Axon's Spring parameter resolver.
     */
    @Bean
    public IncidentModule incidentModule(OrganisationProfile profile, DeadlineCalculator calculator) {
        return new IncidentModule(profile, calculator);
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
