package org.sirtdesk.api.config;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.sirtdesk.core.incident.domain.IncidentModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Event processing: pooled streaming processors whose tokens live in the read-model database and
 * transaction, failures propagated (retried) rather than logged and skipped, and a dead-letter
 * queue per projection (enabled in application.yml) so one poisoned event parks its sequence
 * instead of being dropped.
 */
@Configuration
public class ProcessingConfiguration {

    @Bean
    public ConfigurerModule processingModule() {
        return configurer -> configurer
                .eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    @Bean
    public ConfigurerModule incidentModule() {
        return new IncidentModule();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
