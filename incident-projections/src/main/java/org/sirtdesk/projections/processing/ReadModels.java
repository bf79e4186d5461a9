package org.sirtdesk.projections.processing;

import java.util.List;

/**
 * The processing group of the query-side read models (incident list and detail, timeline,
 * obligation records). They share one processor: each event is read and deserialized once for all
 * of them, they move with one token, and a rebuild replays the store once. The deadline watch and
 * the alerts keep processors of their own, because they act on the world rather than fill tables.
 */
public final class ReadModels {

    public static final String PROCESSING_GROUP = "read-models";

    /** The tables the group fills: what a rebuild empties, and vacuums afterwards on PostgreSQL. */
    public static final List<String> TABLES =
            List.of("incident_summary", "incident_timeline", "obligation_record", "deadline_incident");

    private ReadModels() {}
}
