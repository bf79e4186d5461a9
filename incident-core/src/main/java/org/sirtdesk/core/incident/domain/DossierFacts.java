package org.sirtdesk.core.incident.domain;

import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.policy.TriggerFacts;
import org.sirtdesk.core.shared.Severity;

/** The incident's current facts as the organisation policy's triggers see them. */
record DossierFacts(Dossier dossier, OrganisationProfile profile) implements TriggerFacts {

    private PersonalData personalData() {
        return dossier.facts.personalData();
    }

    @Override
    public boolean confirmed() {
        return dossier.confirmed();
    }

    @Override
    public Severity severity() {
        return dossier.severity;
    }

    @Override
    public String category() {
        return dossier.facts.category().name();
    }

    @Override
    public boolean cyberAttackSuspected() {
        return dossier.facts.cyberAttackSuspected().isYes();
    }

    @Override
    public boolean personalDataPossible() {
        return personalData().involved().isYes();
    }

    @Override
    public boolean ppcReportable() {
        return PpcReportability.reportable(personalData(), profile.appiArticle());
    }

    @Override
    public boolean myNumberReportable() {
        return PpcReportability.myNumberReportable(personalData());
    }

    @Override
    public boolean unlawfulPurpose() {
        return personalDataPossible() && personalData().unlawfulPurpose() == TriState.YES;
    }

    @Override
    public boolean mayAffectOthers() {
        return dossier.mayAffectOthers.isYes();
    }

    @Override
    public boolean cymatRequested() {
        return dossier.cymatRequested;
    }
}
