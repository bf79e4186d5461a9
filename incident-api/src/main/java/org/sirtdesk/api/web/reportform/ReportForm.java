package org.sirtdesk.api.web.reportform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.sirtdesk.api.command.FreeText;
import org.sirtdesk.api.web.page.FormPaths;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.TriState;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The employee report form: the fields of {@code ReportRequest}, with the time of awareness as a
 * date and a time in Japan time. Text is cleaned as it is bound, so the limits apply to what will
 * be stored. Every yes/no question starts at "unknown": a report never guesses.
 */
public class ReportForm {

    static final int MAX_SYSTEMS = 50;
    static final int SYSTEM_MAX = 200;

    @NotBlank
    @Size(max = FreeText.TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = FreeText.DESCRIPTION_MAX)
    private String description;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate awareDate;

    @NotNull
    @DateTimeFormat(
            pattern = "HH:mm",
            fallbackPatterns = {"HH:mm:ss", "H:mm"})
    private LocalTime awareTime;

    private Category category;

    private String affectedSystems;

    @Min(1)
    @Max(3)
    private Integer confidentiality;

    @Min(1)
    @Max(2)
    private Integer integrity;

    @Min(1)
    @Max(2)
    private Integer availability;

    @NotNull
    private TriState personalDataInvolved = TriState.UNKNOWN;

    @Min(0)
    @Max(100_000_000)
    private Integer approxPersons;

    @NotNull
    private TriState sensitive = TriState.UNKNOWN;

    @NotNull
    private TriState myNumber = TriState.UNKNOWN;

    @NotNull
    private TriState financialDamageRisk = TriState.UNKNOWN;

    @NotNull
    private TriState unlawfulPurpose = TriState.UNKNOWN;

    @NotNull
    private TriState stronglyEncrypted = TriState.UNKNOWN;

    @NotNull
    private TriState cyberAttackSuspected = TriState.UNKNOWN;

    @Size(max = 200)
    private String department;

    /** The time of awareness as an instant, or {@code null} while the date or time is missing. */
    public Instant awareAt() {
        return FormPaths.inJapan(awareDate, awareTime);
    }

    /** One system per line, blank lines ignored. */
    public List<String> affectedSystemList() {
        if (affectedSystems == null) {
            return List.of();
        }
        return Arrays.stream(affectedSystems.split("\n"))
                .map(FreeText::optionalLine)
                .filter(line -> line != null)
                .toList();
    }

    /** Rules that span fields or need the clock; reported on the field they concern. */
    void checkRules(Errors errors, Instant now) {
        var awareAt = awareAt();
        if (awareAt != null && awareAt.isAfter(now)) {
            errors.rejectValue("awareDate", "awareAt.future");
        }
        var systems = affectedSystemList();
        if (systems.size() > MAX_SYSTEMS) {
            errors.rejectValue("affectedSystems", "affectedSystems.tooMany", new Object[] {MAX_SYSTEMS}, null);
        } else if (systems.stream().anyMatch(system -> system.length() > SYSTEM_MAX)) {
            errors.rejectValue("affectedSystems", "affectedSystems.tooLong", new Object[] {SYSTEM_MAX}, null);
        }
    }

    public ReportFacts toFacts() {
        return new ReportFacts(
                title,
                description,
                awareAt(),
                category,
                affectedSystemList(),
                new Classification(confidentiality, integrity, availability),
                new PersonalData(
                        personalDataInvolved,
                        approxPersons,
                        sensitive,
                        myNumber,
                        financialDamageRisk,
                        unlawfulPurpose,
                        null,
                        stronglyEncrypted),
                cyberAttackSuspected,
                department);
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

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getAffectedSystems() {
        return affectedSystems;
    }

    public void setAffectedSystems(String affectedSystems) {
        this.affectedSystems = FreeText.multiLine(affectedSystems);
    }

    public Integer getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Integer confidentiality) {
        this.confidentiality = confidentiality;
    }

    public Integer getIntegrity() {
        return integrity;
    }

    public void setIntegrity(Integer integrity) {
        this.integrity = integrity;
    }

    public Integer getAvailability() {
        return availability;
    }

    public void setAvailability(Integer availability) {
        this.availability = availability;
    }

    public TriState getPersonalDataInvolved() {
        return personalDataInvolved;
    }

    public void setPersonalDataInvolved(TriState personalDataInvolved) {
        this.personalDataInvolved = personalDataInvolved;
    }

    public Integer getApproxPersons() {
        return approxPersons;
    }

    public void setApproxPersons(Integer approxPersons) {
        this.approxPersons = approxPersons;
    }

    public TriState getSensitive() {
        return sensitive;
    }

    public void setSensitive(TriState sensitive) {
        this.sensitive = sensitive;
    }

    public TriState getMyNumber() {
        return myNumber;
    }

    public void setMyNumber(TriState myNumber) {
        this.myNumber = myNumber;
    }

    public TriState getFinancialDamageRisk() {
        return financialDamageRisk;
    }

    public void setFinancialDamageRisk(TriState financialDamageRisk) {
        this.financialDamageRisk = financialDamageRisk;
    }

    public TriState getUnlawfulPurpose() {
        return unlawfulPurpose;
    }

    public void setUnlawfulPurpose(TriState unlawfulPurpose) {
        this.unlawfulPurpose = unlawfulPurpose;
    }

    public TriState getStronglyEncrypted() {
        return stronglyEncrypted;
    }

    public void setStronglyEncrypted(TriState stronglyEncrypted) {
        this.stronglyEncrypted = stronglyEncrypted;
    }

    public TriState getCyberAttackSuspected() {
        return cyberAttackSuspected;
    }

    public void setCyberAttackSuspected(TriState cyberAttackSuspected) {
        this.cyberAttackSuspected = cyberAttackSuspected;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = FreeText.optionalLine(department);
    }
}
