package org.sirtdesk.projections.ppcreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.projections.incidentdetail.IncidentDetailView;
import org.sirtdesk.projections.incidentdetail.ObligationView;

/**
 * The draft of the PPC report (REGULATIONS.md, "PPC report items"): the nine items, each built from
 * the facts and the history as far as they are known, or marked as not yet known. Pure.
 */
public final class PpcReportDraft {

    private PpcReportDraft() {}

    public static List<PpcReportItem> of(IncidentDetailView d) {
        var facts = d.facts();
        var personal = facts.personalData();
        var items = new ArrayList<PpcReportItem>();
        items.add(new PpcReportItem(
                1,
                "概要",
                "発生・認知: " + facts.awareAt() + " / 報告受付: " + d.reportedAt() + " / 区分: " + facts.category()
                        + " / 件名: " + facts.title() + " / 経緯: " + facts.description()
                        + (facts.department() == null ? "" : " / 部署: " + facts.department())
                        + (facts.affectedSystems().isEmpty()
                                ? ""
                                : " / 対象: " + String.join(", ", facts.affectedSystems())),
                true));
        items.add(new PpcReportItem(
                2, "漏えい等が発生し又は発生したおそれがある個人データの項目", dataItems(personal), personal.involved() != TriState.UNKNOWN));
        items.add(new PpcReportItem(
                3,
                "本人の数",
                personal.approxPersons() == null ? null : personal.approxPersons() + "名",
                personal.approxPersons() != null));
        var report = d.recurrenceReport();
        items.add(new PpcReportItem(4, "原因", report == null ? null : report.cause(), report != null));
        items.add(new PpcReportItem(
                5,
                "二次被害又はそのおそれの有無及びその内容",
                "財産的被害のおそれ: " + personal.financialDamageRisk() + " / 不正の目的: " + personal.unlawfulPurpose(),
                personal.financialDamageRisk() != TriState.UNKNOWN));
        items.add(obligationItem(6, "本人への対応の実施状況", obligation(d, "INDIVIDUALS")));
        items.add(obligationItem(7, "公表の実施状況", obligation(d, "PRESS_DECISION")));
        items.add(new PpcReportItem(
                8,
                "再発防止のための措置",
                measures(d),
                !d.measures().isEmpty() || (report != null && !report.measures().isEmpty())));
        items.add(new PpcReportItem(
                9,
                "その他参考となる事項",
                "状態: " + d.state() + " / 重大度: " + (d.severity() == null ? "未評価" : d.severity())
                        + " / 他への影響のおそれ: " + d.mayAffectOthers() + " / 要配慮個人情報: " + personal.sensitive()
                        + " / 個人番号: " + personal.myNumber() + " / 高度な暗号化: " + personal.stronglyEncrypted(),
                true));
        return items;
    }

    private static String dataItems(PersonalData p) {
        if (p.involved() == TriState.UNKNOWN) {
            return null;
        }
        return "個人データ: " + p.involved() + " / 要配慮個人情報: " + p.sensitive() + " / 個人番号: " + p.myNumber() + " / 条例要配慮個人情報: "
                + p.ordinanceSensitive();
    }

    private static Optional<ObligationView> obligation(IncidentDetailView d, String kind) {
        return d.obligations().stream().filter(o -> kind.equals(o.kind())).reduce((a, b) -> b);
    }

    private static PpcReportItem obligationItem(int item, String title, Optional<ObligationView> obligation) {
        if (obligation.isEmpty()) {
            return new PpcReportItem(item, title, null, false);
        }
        var o = obligation.get();
        boolean settled = o.status() != ObligationStatus.OPEN && o.status() != ObligationStatus.WAIVER_REQUESTED;
        var value = switch (o.status()) {
            case SENT, ACKNOWLEDGED -> "実施済み: " + o.sentAt() + (o.summary() == null ? "" : " / " + o.summary());
            case WAIVED -> "実施しない（免除承認済み）";
            case WAIVER_REQUESTED -> "免除申請中";
            case OPEN -> "未実施（期限 " + o.dueAt() + "）";
        };
        return new PpcReportItem(item, title, value, settled);
    }

    private static String measures(IncidentDetailView d) {
        if (!d.measures().isEmpty()) {
            return d.measures().stream()
                    .map(m -> m.text() + "（" + m.status() + "）")
                    .collect(Collectors.joining(" / "));
        }
        var report = d.recurrenceReport();
        if (report != null && !report.measures().isEmpty()) {
            return report.measures().stream().map(m -> m.text() + "（提案）").collect(Collectors.joining(" / "));
        }
        return null;
    }
}
