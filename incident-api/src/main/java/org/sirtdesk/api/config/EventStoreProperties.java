package org.sirtdesk.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event store tuning. With appends serialised (see OrderedAppendJdbcEventStorageEngine) a gap can
 * only come from a rolled-back append, so the gap timeout only bounds how long a reader remembers
 * such a hole; it can never make a reader skip a committed event.
 *
 * @param gapTimeoutMillis how long a reader remembers a hole left by a rolled-back append
 * @param batchSize events per fetch of a processor's stream
 * @param maxGroupEvents the most events a group commit writes in one transaction (ADR 11)
 */
@ConfigurationProperties("sirtdesk.event-store")
public record EventStoreProperties(
        @DefaultValue("60000") int gapTimeoutMillis,
        @DefaultValue("100") int batchSize,
        @DefaultValue("100") int maxGroupEvents) {}
