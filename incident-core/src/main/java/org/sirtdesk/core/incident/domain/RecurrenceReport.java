package org.sirtdesk.core.incident.domain;

import java.util.List;
import org.sirtdesk.core.incident.api.RecurrenceMeasure;
import org.sirtdesk.core.incident.api.RecurrenceReportStatus;

/** The current cause and recurrence-prevention report of the episode (001 Art. 33-1/2). */
record RecurrenceReport(
        RecurrenceReportStatus status,
        String cause,
        List<RecurrenceMeasure> measures,
        String submitter,
        String comment) {

    RecurrenceReport with(RecurrenceReportStatus newStatus, String newComment) {
        return new RecurrenceReport(newStatus, cause, measures, submitter, newComment);
    }
}
