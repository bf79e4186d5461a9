package org.sirtdesk.api.security;

/**
 * Who may call each API endpoint, as method-security expressions for {@code @PreAuthorize} on the
 * controller methods. The same rules stand in the URL rules of {@link SecurityConfiguration}: a
 * request must pass both, so a URL rule made too broad by mistake still meets the method's rule.
 * {@code SecurityMatrixTest} checks the combined answer for every role and endpoint, and {@code
 * MethodSecurityTest} that no API handler method is without a rule.
 */
public final class Access {

    public static final String ANYONE = "permitAll()";
    public static final String REPORTER = "hasRole('REPORTER')";
    public static final String SIRT_OR_LEAD = "hasAnyRole('SIRT', 'SIRT_LEAD')";
    public static final String SIRT_LEAD = "hasRole('SIRT_LEAD')";
    public static final String CISO = "hasRole('CISO')";
    public static final String OFFICER = "hasRole('OFFICER')";
    public static final String NOTIFIERS = "hasAnyRole('SIRT', 'SIRT_LEAD', 'PRIVACY_OFFICER')";
    public static final String WAIVER_REQUESTERS = "hasAnyRole('SIRT_LEAD', 'PRIVACY_OFFICER')";
    public static final String REOPENERS = "hasAnyRole('SIRT_LEAD', 'CISO')";
    public static final String NOTE_WRITERS = "hasAnyRole('SIRT', 'SIRT_LEAD', 'CISO', 'OFFICER')";
    public static final String EVIDENCE_WRITERS = "hasAnyRole('SIRT', 'SIRT_LEAD', 'OFFICER')";
    public static final String PPC_REPORT_READERS = "hasAnyRole('PRIVACY_OFFICER', 'SIRT_LEAD', 'COMPLIANCE')";
    public static final String AUDITORS = "hasAnyRole('AUDITOR', 'COMPLIANCE')";
    public static final String LIST_READERS = "hasAnyRole('SIRT', 'SIRT_LEAD', 'CISO', 'COMPLIANCE', 'AUDITOR')";
    public static final String INCIDENT_READERS =
            "hasAnyRole('SIRT', 'SIRT_LEAD', 'CISO', 'COMPLIANCE', 'AUDITOR', 'OFFICER', 'PRIVACY_OFFICER')";
    public static final String BOARD_READERS = "hasAnyRole('SIRT', 'SIRT_LEAD', 'CISO', 'COMPLIANCE')";
    public static final String EXPORTERS = "hasAnyRole('COMPLIANCE', 'AUDITOR')";
    public static final String STATISTICS_READERS = "hasAnyRole('CISO', 'COMPLIANCE')";

    private Access() {}
}
