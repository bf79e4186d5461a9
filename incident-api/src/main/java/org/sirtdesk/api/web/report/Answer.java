package org.sirtdesk.api.web.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.sirtdesk.core.incident.api.TriState;

/** YES / NO / UNKNOWN as sent by clients; {@code true}/{@code false} are accepted as YES/NO. */
public enum Answer {
    YES,
    NO,
    UNKNOWN;

    @JsonCreator
    public static Answer from(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? YES : NO;
        }
        if (value instanceof String text) {
            return Answer.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        }
        throw new IllegalArgumentException("must be YES, NO or UNKNOWN");
    }

    public static TriState toTriState(Answer answer) {
        return answer == null ? TriState.UNKNOWN : TriState.valueOf(answer.name());
    }
}
