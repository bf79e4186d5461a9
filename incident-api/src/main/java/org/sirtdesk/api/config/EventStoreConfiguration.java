package org.sirtdesk.api.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.sirtdesk.api.eventstore.OrderedAppendJdbcEventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event store: Axon's JDBC engine on the application's data source, appends in commit order,
 * and PostgreSQL's SQL states for duplicate keys.
 */
@org.springframework.context.annotation.Configuration
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    /**
     * A duplicate {@code (aggregate, sequence)} key means another writer appended first. Axon's
     * default resolver reads vendor error codes and misses PgJDBC's; SQL state 23505 (unique
     * violation, also used by H2) is portable.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    public EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventStoreProperties properties) {
        var builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .gapTimeout(properties.gapTimeoutMillis())
                .batchSize(properties.batchSize());
        return new OrderedAppendJdbcEventStorageEngine(
                builder,
                transactionManager,
                TransactionSynchronizationManager::isActualTransactionActive,
                properties.maxGroupEvents());
    }

    /**
     * Axon's command bus as Spring Boot would make it, but without a transaction around each command:
     * a command's only write is its append, which then leaves the handling thread and is
     * group-committed with the appends of other commands (ADR 11). A command sent inside a caller's
     * transaction still appends in that transaction.
     */
    @Bean
    @Qualifier("localSegment")
    public SimpleCommandBus commandBus(
            Configuration configuration, DuplicateCommandHandlerResolver duplicateCommandHandlerResolver) {
        var commandBus = SimpleCommandBus.builder()
                .transactionManager(NoTransactionManager.INSTANCE)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(configuration.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(configuration.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        commandBus.registerHandlerInterceptor(
                new CorrelationDataInterceptor<>(configuration.correlationDataProviders()));
        return commandBus;
    }
}
