package org.sirtdesk.api.web.external;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.sirtdesk.api.command.FreeText;

/**
 * Body of {@code POST /api/v1/external-reports}. Unknown properties are rejected. Text is cleaned
 * on arrival, so the limits apply to what will be stored.
 */
public record ExternalReportRequest(
        @NotBlank @Size(max = FreeText.TITLE_MAX) String title,
        @NotBlank @Size(max = FreeText.DESCRIPTION_MAX) String description,
        @PastOrPresent OffsetDateTime awareAt,
        @Size(max = FreeText.CONTACT_MAX) String contact) {

    public ExternalReportRequest {
        title = FreeText.singleLine(title);
        description = FreeText.multiLine(description);
        contact = FreeText.optionalLine(contact);
    }

    ExternalReports.ExternalReport toReport() {
        return new ExternalReports.ExternalReport(
                title, description, awareAt == null ? null : awareAt.toInstant(), contact);
    }
}
