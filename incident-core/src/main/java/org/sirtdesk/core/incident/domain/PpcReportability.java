package org.sirtdesk.core.incident.domain;

import java.util.EnumSet;
import java.util.Set;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.policy.AppiArticle;

/**
 * Whether a personal-data leak must be reported to the PPC (REGULATIONS.md, "APPI — PPC" and "My
 * Number"). Pure functions of the facts and the body's APPI article:
 *
 * <ul>
 *   <li>nothing is reportable unless personal data is involved ({@code YES}: leaked or may have);
 *   <li>data protected by strong encryption is exempt;
 *   <li>any one ground suffices; a risk ({@code YES}) suffices, {@code UNKNOWN} does not;
 *   <li>Art. 68: sensitive, financial damage risk, unlawful purpose, more than 100 persons,
 *       ordinance-defined sensitive data; Art. 26: the same but more than 1,000 persons and no
 *       ordinance category;
 *   <li>My Number: more than 100 persons or an unlawful purpose.
 * </ul>
 *
 * A head count corrected upward across the threshold makes the case reportable from then on.
 */
final class PpcReportability {

    enum Ground {
        SENSITIVE,
        FINANCIAL_DAMAGE,
        UNLAWFUL_PURPOSE,
        HEAD_COUNT,
        ORDINANCE_SENSITIVE
    }

    static final int MY_NUMBER_PERSONS_THRESHOLD = 100;

    private PpcReportability() {}

    static Set<Ground> grounds(PersonalData data, AppiArticle article) {
        var grounds = EnumSet.noneOf(Ground.class);
        if (!inScope(data)) {
            return grounds;
        }
        if (data.sensitive() == TriState.YES) {
            grounds.add(Ground.SENSITIVE);
        }
        if (data.financialDamageRisk() == TriState.YES) {
            grounds.add(Ground.FINANCIAL_DAMAGE);
        }
        if (data.unlawfulPurpose() == TriState.YES) {
            grounds.add(Ground.UNLAWFUL_PURPOSE);
        }
        if (data.approxPersons() != null && data.approxPersons() > article.personsThreshold()) {
            grounds.add(Ground.HEAD_COUNT);
        }
        if (article.ordinanceSensitiveCounts() && data.ordinanceSensitive() == TriState.YES) {
            grounds.add(Ground.ORDINANCE_SENSITIVE);
        }
        return grounds;
    }

    static boolean reportable(PersonalData data, AppiArticle article) {
        return !grounds(data, article).isEmpty();
    }

    static Set<Ground> myNumberGrounds(PersonalData data) {
        var grounds = EnumSet.noneOf(Ground.class);
        if (!inScope(data) || data.myNumber() != TriState.YES) {
            return grounds;
        }
        if (data.unlawfulPurpose() == TriState.YES) {
            grounds.add(Ground.UNLAWFUL_PURPOSE);
        }
        if (data.approxPersons() != null && data.approxPersons() > MY_NUMBER_PERSONS_THRESHOLD) {
            grounds.add(Ground.HEAD_COUNT);
        }
        return grounds;
    }

    static boolean myNumberReportable(PersonalData data) {
        return !myNumberGrounds(data).isEmpty();
    }

    private static boolean inScope(PersonalData data) {
        return data.involved() == TriState.YES && data.stronglyEncrypted() != TriState.YES;
    }
}
