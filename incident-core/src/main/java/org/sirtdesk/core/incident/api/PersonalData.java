package org.sirtdesk.core.incident.api;

/**
 * What is known about personal data in an incident. Every flag is explicit: {@code UNKNOWN}
 * rather than a guess. {@code approxPersons} is {@code null} when the head count is not known.
 * {@code stronglyEncrypted} exempts the case from PPC reporting (APPI rules).
 */
public record PersonalData(
        TriState involved,
        Integer approxPersons,
        TriState sensitive,
        TriState myNumber,
        TriState financialDamageRisk,
        TriState unlawfulPurpose,
        TriState ordinanceSensitive,
        TriState stronglyEncrypted) {

    public PersonalData {
        involved = TriState.orUnknown(involved);
        sensitive = TriState.orUnknown(sensitive);
        myNumber = TriState.orUnknown(myNumber);
        financialDamageRisk = TriState.orUnknown(financialDamageRisk);
        unlawfulPurpose = TriState.orUnknown(unlawfulPurpose);
        ordinanceSensitive = TriState.orUnknown(ordinanceSensitive);
        stronglyEncrypted = TriState.orUnknown(stronglyEncrypted);
    }

    public static PersonalData unknown() {
        return new PersonalData(null, null, null, null, null, null, null, null);
    }

    public static PersonalData none() {
        return new PersonalData(TriState.NO, null, null, null, null, null, null, null);
    }
}
