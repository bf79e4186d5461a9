package org.sirtdesk.core.policy;

/**
 * Which APPI article governs the body's PPC reports (REGULATIONS.md): Art. 68 for 行政機関等
 * (ministries, local governments, agencies not in 別表第二), Art. 26 for business operators and the
 * agencies listed in 別表第二. They differ in the head-count threshold and in whether
 * ordinance-defined sensitive data (条例要配慮個人情報) counts.
 */
public enum AppiArticle {
    ART_68(68, 100, true),
    ART_26(26, 1000, false);

    private final int number;
    private final int personsThreshold;
    private final boolean ordinanceSensitiveCounts;

    AppiArticle(int number, int personsThreshold, boolean ordinanceSensitiveCounts) {
        this.number = number;
        this.personsThreshold = personsThreshold;
        this.ordinanceSensitiveCounts = ordinanceSensitiveCounts;
    }

    public static AppiArticle of(int number) {
        for (var article : values()) {
            if (article.number == number) {
                return article;
            }
        }
        throw new IllegalArgumentException("APPI article must be 68 or 26, was " + number);
    }

    public int number() {
        return number;
    }

    /** Reportable when strictly more persons than this are concerned. */
    public int personsThreshold() {
        return personsThreshold;
    }

    public boolean ordinanceSensitiveCounts() {
        return ordinanceSensitiveCounts;
    }

    public String basis() {
        return "APPI Art. " + number;
    }
}
