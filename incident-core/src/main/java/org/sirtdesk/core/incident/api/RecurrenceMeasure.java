package org.sirtdesk.core.incident.api;

/**
 * A recurrence-prevention measure proposed in the report and, once approved, ordered by the CISO
 * (001 Art. 33-2). {@code officer} is the user id responsible for it; the id comes from the edge.
 */
public record RecurrenceMeasure(String measureId, String text, String officer) {}
