package org.sirtdesk.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event store tuning. With appends serialised (see OrderedAppendJdbcEventStorageEngine) a gap can
 * only come from a rolled-back append, so the gap timeout only bounds how long a reader remembers
 * such a hole; it can never make a reader skip a committed event.
 */
@ConfigurationProperties("sirtdesk.event-store")
public record EventStoreProperties(
        @DefaultValue("60000") int gapTimeoutMillis,
        @DefaultValue("100") int batchSize) {}
