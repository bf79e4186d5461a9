package org.sirtdesk.core.policy;

import static org.sirtdesk.core.policy.ObligationKinds.CISO_REPORT;
import static org.sirtdesk.core.policy.ObligationKinds.CYMAT;
import static org.sirtdesk.core.policy.ObligationKinds.INDIVIDUALS;
import static org.sirtdesk.core.policy.ObligationKinds.MIC;
import static org.sirtdesk.core.policy.ObligationKinds.POLICE;
import static org.sirtdesk.core.policy.ObligationKinds.PPC_FINAL;
import static org.sirtdesk.core.policy.ObligationKinds.PPC_PRELIMINARY;
import static org.sirtdesk.core.policy.ObligationKinds.PREFECTURE;
import static org.sirtdesk.core.policy.ObligationKinds.PRESS_DECISION;
import static org.sirtdesk.core.policy.ObligationKinds.PRIVACY_OFFICER;
import static org.sirtdesk.core.policy.ObligationKinds.RELATED_ORGANISATIONS;
import static org.sirtdesk.core.policy.ObligationKinds.SUPERVISING_MINISTRY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sirtdesk.core.shared.Role;

/**
 * The two shipped profiles, with the default targets of REGULATIONS.md. Every value is only a
 * default: a body overrides names, targets and rules through {@link OrganisationSettings}.
 */
public final class OrganisationProfiles {

    public static final String AGENCY = "agency";
    public static final String LOCAL_GOVERNMENT = "local-government";

    /** PPC reports: reportable under APPI or the My Number rules; one filing covers both. */
    private static final String PPC_TRIGGER = "CONFIRMED AND (PPC_REPORTABLE OR MY_NUMBER_REPORTABLE)";

    private OrganisationProfiles() {}

    /** {@code agency} (the default) or {@code local-government}. */
    public static OrganisationProfile named(String id) {
        return named(id, AppiArticle.ART_68);
    }

    /** A shipped profile whose PPC rules cite and apply the given APPI article. */
    public static OrganisationProfile named(String id, AppiArticle appi) {
        var key = id == null ? AGENCY : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (key) {
            case AGENCY, "" -> agency(appi);
            case LOCAL_GOVERNMENT -> localGovernment(appi);
            default ->
                throw new IllegalArgumentException(
                        "unknown organisation profile '" + id + "'; shipped: agency, local-government");
        };
    }

    /** Independent administrative agency supervised by a ministry (seed 001; 003 §4, §6). */
    public static OrganisationProfile agency() {
        return agency(AppiArticle.ART_68);
    }

    /**
     * The agency profile under the given APPI article: Art. 68 for the agency of seed 001, Art. 26
     * for agencies listed in APPI 別表第二.
     */
    public static OrganisationProfile agency(AppiArticle appi) {
        var recipients = new LinkedHashMap<String, String>();
        recipients.put(CISO_REPORT, "最高情報セキュリティ責任者（CISO）");
        recipients.put(SUPERVISING_MINISTRY, "厚生労働省");
        recipients.put(POLICE, "都道府県警察");
        recipients.put(PRIVACY_OFFICER, "企画部長");
        recipients.put(PPC_PRELIMINARY, "個人情報保護委員会");
        recipients.put(PPC_FINAL, "個人情報保護委員会");
        recipients.put(INDIVIDUALS, "本人");
        recipients.put(RELATED_ORGANISATIONS, "関係機関");
        recipients.put(CYMAT, "NISC（CYMAT）");
        var rules = List.of(
                cisoReport("001 Art. 18-4, 31-3"),
                ObligationRule.builder(SUPERVISING_MINISTRY)
                        .basis("001 Art. 32-1; 003 §4(2)")
                        .when("CONFIRMED")
                        .from(ClockStart.CONFIRMATION)
                        .due("24h")
                        .dueInstead("SEVERITY_AT_LEAST(CRITICAL)", "1h")
                        .reraisedOnReopen()
                        .build(),
                police(),
                privacyOfficer("001 Art. 32-3"),
                ppcPreliminary(appi),
                ppcFinal(appi),
                individuals(appi),
                relatedOrganisations("001 Art. 32-2"),
                ObligationRule.builder(CYMAT)
                        .basis("001 Art. 31-10; 003 §6(5)")
                        .when("CONFIRMED AND CYMAT_REQUESTED")
                        .from(ClockStart.TRIGGER_MET)
                        .build());
        return new OrganisationProfile(AGENCY, "Independent administrative agency", appi, Set.of(), recipients, rules);
    }

    /** Local government (seeds 000, 002 §(9)): CISO, 総務省 and the prefecture, press decision. */
    public static OrganisationProfile localGovernment() {
        return localGovernment(AppiArticle.ART_68);
    }

    public static OrganisationProfile localGovernment(AppiArticle appi) {
        var recipients = new LinkedHashMap<String, String>();
        recipients.put(CISO_REPORT, "CISO（最高情報セキュリティ責任者）");
        recipients.put(MIC, "総務省");
        recipients.put(PREFECTURE, "都道府県");
        recipients.put(POLICE, "都道府県警察");
        recipients.put(PRIVACY_OFFICER, "個人情報保護責任者");
        recipients.put(PPC_PRELIMINARY, "個人情報保護委員会");
        recipients.put(PPC_FINAL, "個人情報保護委員会");
        recipients.put(INDIVIDUALS, "本人");
        recipients.put(RELATED_ORGANISATIONS, "関係機関・委託事業者");
        recipients.put(PRESS_DECISION, "報道機関・住民（公表）");
        var rules = List.of(
                cisoReport("002 §(9)⑤"),
                government(MIC),
                government(PREFECTURE),
                police(),
                privacyOfficer("001 Art. 32-3 (model); " + appi.basis()),
                ppcPreliminary(appi),
                ppcFinal(appi),
                individuals(appi),
                relatedOrganisations("002 §(9)⑦"),
                ObligationRule.builder(PRESS_DECISION)
                        .basis("002 §(9)⑥")
                        .when("CONFIRMED AND SEVERITY_AT_LEAST(HIGH)")
                        .from(ClockStart.CONFIRMATION)
                        .due("3d")
                        .build());
        return new OrganisationProfile(LOCAL_GOVERNMENT, "Local government", appi, Set.of(), recipients, rules);
    }

    private static ObligationRule cisoReport(String basis) {
        return ObligationRule.builder(CISO_REPORT)
                .basis(basis)
                .when("CONFIRMED")
                .from(ClockStart.CONFIRMATION)
                .due("1h")
                .reraisedOnReopen()
                .acknowledgementRequired()
                .notWaivable()
                .sentOnlyBy(Role.SIRT_LEAD)
                .build();
    }

    private static ObligationRule government(String kind) {
        return ObligationRule.builder(kind)
                .basis("002 §(9)⑤")
                .when("CONFIRMED")
                .from(ClockStart.CONFIRMATION)
                .due("24h")
                .dueInstead("SEVERITY_AT_LEAST(CRITICAL)", "1h")
                .reraisedOnReopen()
                .build();
    }

    private static ObligationRule police() {
        return ObligationRule.builder(POLICE)
                .basis("001 Art. 31-7")
                .when("CONFIRMED AND CYBER_ATTACK_SUSPECTED")
                .from(ClockStart.CYBER_SUSPICION_RECORDED)
                .due("24h")
                .build();
    }

    private static ObligationRule privacyOfficer(String basis) {
        return ObligationRule.builder(PRIVACY_OFFICER)
                .basis(basis)
                .when("CONFIRMED AND PERSONAL_DATA_POSSIBLE")
                .from(ClockStart.TRIGGER_MET)
                .due("1h")
                .acknowledgementRequired()
                .alsoSentBy(Role.PRIVACY_OFFICER)
                .build();
    }

    private static ObligationRule ppcPreliminary(AppiArticle appi) {
        return ObligationRule.builder(PPC_PRELIMINARY)
                .basis("001 Art. 32-4; " + appi.basis() + " (速報)")
                .when(PPC_TRIGGER)
                .from(ClockStart.AWARENESS)
                .due("3d", "5d")
                .alsoSentBy(Role.PRIVACY_OFFICER)
                .build();
    }

    private static ObligationRule ppcFinal(AppiArticle appi) {
        return ObligationRule.builder(PPC_FINAL)
                .basis("001 Art. 32-4; " + appi.basis() + " (確報)")
                .when(PPC_TRIGGER)
                .from(ClockStart.AWARENESS)
                .due("30d")
                .dueInstead("UNLAWFUL_PURPOSE", "60d")
                .alsoSentBy(Role.PRIVACY_OFFICER)
                .build();
    }

    private static ObligationRule individuals(AppiArticle appi) {
        return ObligationRule.builder(INDIVIDUALS)
                .basis(appi.basis() + "-2 (本人通知)")
                .when(PPC_TRIGGER)
                .from(ClockStart.AWARENESS)
                .due("7d")
                .alsoSentBy(Role.PRIVACY_OFFICER)
                .build();
    }

    private static ObligationRule relatedOrganisations(String basis) {
        return ObligationRule.builder(RELATED_ORGANISATIONS)
                .basis(basis)
                .when("CONFIRMED AND MAY_AFFECT_OTHERS")
                .from(ClockStart.CONFIRMATION)
                .due("3d")
                .build();
    }
}
