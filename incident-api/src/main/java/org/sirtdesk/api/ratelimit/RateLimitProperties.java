package org.sirtdesk.api.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the report endpoints ({@code sirtdesk.rate-limit.*}). {@code external}: per client
 * address, shared by {@code POST /external-report} and {@code POST /api/v1/external-reports}.
 * {@code report}: per signed-in user on {@code POST /report}. The client address is the
 * connection's remote address; behind a reverse proxy set {@code server.forward-headers-strategy}
 * so that it is the caller's and not the proxy's.
 */
@ConfigurationProperties("sirtdesk.rate-limit")
public record RateLimitProperties(
        Limit external,
        Limit report,
        @DefaultValue("100000") int maxTrackedClients) {

    public static final Limit EXTERNAL_DEFAULT = new Limit(5, Duration.ofMinutes(1));
    public static final Limit REPORT_DEFAULT = new Limit(30, Duration.ofHours(1));

    public RateLimitProperties {
        external = external == null ? EXTERNAL_DEFAULT : external;
        report = report == null ? REPORT_DEFAULT : report;
    }

    /** {@code requests} per {@code per}, refilled evenly. */
    public record Limit(int requests, Duration per) {}
}
