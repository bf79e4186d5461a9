package org.sirtdesk.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers authenticate. {@code demo}: the demo users of API.md over HTTP Basic (embedded
 * default only). {@code jwt}: OAuth2 bearer tokens; roles come from {@code rolesClaim}.
 */
@ConfigurationProperties("sirtdesk.security")
public record SecurityProperties(
        @DefaultValue("demo") Mode mode,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("demo") String demoPassword) {

    public enum Mode {
        DEMO,
        JWT
    }
}
