package org.sirtdesk.projections.incidentdetail;

import org.sirtdesk.core.incident.api.MeasureStatus;

/** A recurrence-prevention measure ordered by the CISO, with the officer responsible for it. */
public record MeasureView(String measureId, String text, String officer, MeasureStatus status, String result) {}
