package org.sirtdesk.projections.incidentdetail;

/** Closure: {@code REQUESTED}, {@code REFUSED} or {@code APPROVED}, with who asked and who decided. */
public record ClosureView(String status, String requestedBy, String decidedBy, String comment) {}
