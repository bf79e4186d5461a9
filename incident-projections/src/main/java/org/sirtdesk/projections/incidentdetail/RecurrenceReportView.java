package org.sirtdesk.projections.incidentdetail;

import java.util.List;
import org.sirtdesk.core.incident.api.RecurrenceMeasure;
import org.sirtdesk.core.incident.api.RecurrenceReportStatus;

/** The cause and recurrence-prevention report (001 Art. 33-1/2) and where its review stands. */
public record RecurrenceReportView(
        RecurrenceReportStatus status,
        String cause,
        List<RecurrenceMeasure> measures,
        String submittedBy,
        String reviewComment) {}
