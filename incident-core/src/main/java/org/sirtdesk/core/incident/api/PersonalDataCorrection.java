package org.sirtdesk.core.incident.api;

/**
 * A partial correction of {@link PersonalData}: each {@code null} leaves the known value as it is,
 * so a correction can say "now 1,200 persons" without repeating every flag.
 */
public record PersonalDataCorrection(
        TriState involved,
        Integer approxPersons,
        TriState sensitive,
        TriState myNumber,
        TriState financialDamageRisk,
        TriState unlawfulPurpose,
        TriState ordinanceSensitive,
        TriState stronglyEncrypted) {

    public static PersonalDataCorrection none() {
        return new PersonalDataCorrection(null, null, null, null, null, null, null, null);
    }

    public PersonalData applyTo(PersonalData current) {
        return new PersonalData(
                involved != null ? involved : current.involved(),
                approxPersons != null ? approxPersons : current.approxPersons(),
                sensitive != null ? sensitive : current.sensitive(),
                myNumber != null ? myNumber : current.myNumber(),
                financialDamageRisk != null ? financialDamageRisk : current.financialDamageRisk(),
                unlawfulPurpose != null ? unlawfulPurpose : current.unlawfulPurpose(),
                ordinanceSensitive != null ? ordinanceSensitive : current.ordinanceSensitive(),
                stronglyEncrypted != null ? stronglyEncrypted : current.stronglyEncrypted());
    }
}
