package org.sirtdesk.api.web.incident;

import static org.sirtdesk.api.command.FreeText.multiLine;
import static org.sirtdesk.api.command.FreeText.singleLines;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.sirtdesk.api.web.report.Answer;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.FactsCorrection;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.PersonalDataCorrection;
import org.sirtdesk.core.incident.api.ReviewDecision;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Severity;

/** Request bodies of the incident commands (API.md, "Incidents"). Unknown properties are rejected. */
public final class IncidentRequests {

    private IncidentRequests() {}

    static final int TEXT = 10_000;
    static final int SHORT = 500;

    public record Triage(@Size(max = TEXT) String note) {}

    public record Assessment(
            @NotNull AssessmentDecision decision,
            @NotBlank @Size(max = TEXT) String reason,
            Severity severity,
            Category category,
            Answer cyberAttackSuspected,
            @Valid PersonalDataPatch personalData) {

        FactsCorrection facts() {
            if (category == null && cyberAttackSuspected == null && personalData == null) {
                return null;
            }
            return new FactsCorrection(
                    null,
                    null,
                    null,
                    category,
                    null,
                    null,
                    personalData == null ? null : personalData.toCorrection(),
                    tri(cyberAttackSuspected),
                    null,
                    null);
        }
    }

    public record PersonalDataPatch(
            Answer involved,
            @Min(0) @Max(100_000_000) Integer approxPersons,
            Answer sensitive,
            Answer myNumber,
            Answer financialDamageRisk,
            Answer unlawfulPurpose,
            Answer ordinanceSensitive,
            Answer stronglyEncrypted) {

        PersonalDataCorrection toCorrection() {
            return new PersonalDataCorrection(
                    tri(involved),
                    approxPersons,
                    tri(sensitive),
                    tri(myNumber),
                    tri(financialDamageRisk),
                    tri(unlawfulPurpose),
                    tri(ordinanceSensitive),
                    tri(stronglyEncrypted));
        }
    }

    public record ClassificationPatch(
            @Min(1) @Max(3) Integer confidentiality,
            @Min(1) @Max(2) Integer integrity,
            @Min(1) @Max(2) Integer availability) {}

    public record Facts(
            @Size(min = 1, max = 200) String title,
            @Size(min = 1, max = TEXT) String description,
            OffsetDateTime awareAt,
            Category category,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> affectedSystems,
            @Valid ClassificationPatch classification,
            @Valid PersonalDataPatch personalData,
            Answer cyberAttackSuspected,
            @Size(max = 200) String department,
            Answer mayAffectOthers,
            Severity severity,
            @NotBlank @Size(max = TEXT) String reason) {

        FactsCorrection facts() {
            return new FactsCorrection(
                    multiLine(title),
                    multiLine(description),
                    awareAt == null ? null : awareAt.toInstant(),
                    category,
                    singleLines(affectedSystems),
                    classification == null
                            ? null
                            : new Classification(
                                    classification.confidentiality(),
                                    classification.integrity(),
                                    classification.availability()),
                    personalData == null ? null : personalData.toCorrection(),
                    tri(cyberAttackSuspected),
                    multiLine(department),
                    tri(mayAffectOthers));
        }
    }

    public record Summary(@NotBlank @Size(max = TEXT) String summary) {}

    public record Comment(@Size(max = TEXT) String comment) {}

    public record Reason(@NotBlank @Size(max = TEXT) String reason) {}

    public record Reopening(
            @NotBlank @Size(max = TEXT) String reason,
            @Size(max = 64) String relatedIncidentId) {}

    public record Sent(
            @NotNull OffsetDateTime sentAt,
            @NotNull NotificationChannel channel,
            @Size(max = SHORT) String reference,
            @NotBlank @Size(max = TEXT) String summary,
            @Size(max = 200) String sender) {}

    public record Acknowledged(
            @NotNull OffsetDateTime at, @Size(max = SHORT) String reference) {}

    public record Decision(
            @NotNull Boolean approve,
            @NotBlank @Size(max = TEXT) String comment) {}

    public record Instruction(
            @NotNull InstructionKind kind,

            @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]+")
            String officer,

            @NotBlank @Size(max = 200) String system,
            @NotBlank @Size(max = TEXT) String text,
            OffsetDateTime dueAt) {}

    public record Result(@NotBlank @Size(max = TEXT) String result) {}

    public record Measure(
            @NotBlank @Size(max = TEXT) String text,
            @Size(max = 200) String officer) {}

    public record RecurrenceReport(
            @NotBlank @Size(max = TEXT) String cause,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull Measure> measures) {}

    public record Review(
            @NotNull ReviewDecision decision,
            @NotBlank @Size(max = TEXT) String comment) {}

    public record Lessons(
            @NotBlank @Size(max = TEXT) String summary,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> sharedWith) {}

    public record Note(@NotBlank @Size(max = TEXT) String text) {}

    public record Evidence(
            @NotBlank @Size(max = 2000) String reference,
            @Size(max = TEXT) String description,
            @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256) {}

    static TriState tri(Answer answer) {
        return answer == null ? null : Answer.toTriState(answer);
    }
}
