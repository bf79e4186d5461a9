package org.sirtdesk.projections.ppcreport;

/** One item of the PPC report form (施行規則 Art. 8-1): its number, title, value and whether it is known yet. */
public record PpcReportItem(int item, String title, String value, boolean known) {}
