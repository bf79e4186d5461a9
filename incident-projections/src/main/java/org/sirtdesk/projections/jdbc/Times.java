package org.sirtdesk.projections.jdbc;

import java.sql.Timestamp;
import java.time.Instant;

/** Times between the read models' {@code TIMESTAMP WITH TIME ZONE} columns and {@link Instant}, nulls kept. */
public final class Times {

    private Times() {}

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
