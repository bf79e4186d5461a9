package org.sirtdesk.api.web.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.ReportFacts;

/**
 * Body of {@code POST /api/v1/reports}. Reporter, state and severity are never taken from the body:
 * unknown properties are rejected, and the reporter is the authenticated principal.
 */
public record ReportRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10000) String description,
        @NotNull @PastOrPresent OffsetDateTime awareAt,
        Category category,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> affectedSystems,
        @Valid ClassificationRequest classification,
        @Valid PersonalDataRequest personalData,
        Answer cyberAttackSuspected,
        @Size(max = 200) String department) {

    public record ClassificationRequest(
            @Min(1) @Max(3) Integer confidentiality,
            @Min(1) @Max(2) Integer integrity,
            @Min(1) @Max(2) Integer availability) {}

    public record PersonalDataRequest(
            Answer involved,
            @Min(0) @Max(100_000_000) Integer approxPersons,
            Answer sensitive,
            Answer myNumber,
            Answer financialDamageRisk,
            Answer unlawfulPurpose,
            Answer ordinanceSensitive,
            Answer stronglyEncrypted) {}

    public ReportFacts toFacts() {
        var c = classification == null
                ? Classification.unknown()
                : new Classification(
                        classification.confidentiality(), classification.integrity(), classification.availability());
        var p = personalData == null
                ? PersonalData.unknown()
                : new PersonalData(
                        Answer.toTriState(personalData.involved()),
                        personalData.approxPersons(),
                        Answer.toTriState(personalData.sensitive()),
                        Answer.toTriState(personalData.myNumber()),
                        Answer.toTriState(personalData.financialDamageRisk()),
                        Answer.toTriState(personalData.unlawfulPurpose()),
                        Answer.toTriState(personalData.ordinanceSensitive()),
                        Answer.toTriState(personalData.stronglyEncrypted()));
        return new ReportFacts(
                title.strip(),
                description.strip(),
                awareAt.toInstant(),
                category,
                affectedSystems,
                c,
                p,
                Answer.toTriState(cyberAttackSuspected),
                department);
    }
}
