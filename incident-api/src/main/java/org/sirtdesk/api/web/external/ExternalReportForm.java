package org.sirtdesk.api.web.external;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.sirtdesk.api.command.FreeText;
import org.sirtdesk.api.web.page.FormPaths;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The external report page: title and description required, when and contact optional. */
public class ExternalReportForm {

    @NotBlank
    @Size(max = FreeText.TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = FreeText.DESCRIPTION_MAX)
    private String description;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate awareDate;

    @DateTimeFormat(
            pattern = "HH:mm",
            fallbackPatterns = {"HH:mm:ss", "H:mm"})
    private LocalTime awareTime;

    @Size(max = FreeText.CONTACT_MAX)
    private String contact;

    /** A date alone is not enough to say when; a time without a date says nothing. */
    void checkRules(Errors errors, Instant now) {
        if (awareDate != null && awareTime == null && !errors.hasFieldErrors("awareTime")) {
            errors.rejectValue("awareTime", "awareTime.withDate");
        }
        if (awareDate == null && awareTime != null && !errors.hasFieldErrors("awareDate")) {
            errors.rejectValue("awareDate", "awareDate.withTime");
        }
        var noticedAt = noticedAt();
        if (noticedAt != null && noticedAt.isAfter(now)) {
            errors.rejectValue("awareDate", "awareAt.future");
        }
    }

    Instant noticedAt() {
        return FormPaths.inJapan(awareDate, awareTime);
    }

    ExternalReports.ExternalReport toReport() {
        return new ExternalReports.ExternalReport(title, description, noticedAt(), contact);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = FreeText.singleLine(title);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = FreeText.multiLine(description);
    }

    public LocalDate getAwareDate() {
        return awareDate;
    }

    public void setAwareDate(LocalDate awareDate) {
        this.awareDate = awareDate;
    }

    public LocalTime getAwareTime() {
        return awareTime;
    }

    public void setAwareTime(LocalTime awareTime) {
        this.awareTime = awareTime;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = FreeText.optionalLine(contact);
    }
}
