package org.sirtdesk.core.incident.domain;

import org.sirtdesk.core.incident.api.MeasureStatus;

/** An ordered recurrence-prevention measure (001 Art. 33-2) as the events left it. */
record Measure(String id, String text, String officer, MeasureStatus status, String result) {

    Measure completed(String newResult) {
        return new Measure(id, text, officer, MeasureStatus.COMPLETED, newResult);
    }
}
