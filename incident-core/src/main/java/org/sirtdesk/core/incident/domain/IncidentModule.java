package org.sirtdesk.core.incident.domain;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the incident aggregate with an Axon configuration; the aggregate stays package-private. */
public class IncidentModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(Incident.class);
    }
}
