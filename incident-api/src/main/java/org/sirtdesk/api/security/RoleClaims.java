package org.sirtdesk.api.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * Roles from the identity provider's role claim ({@code sirtdesk.security.roles-claim}), the same
 * for bearer tokens on the API and for employees signed in on the report pages: every signed-in
 * person is a reporter, and each value of the claim adds that role.
 */
final class RoleClaims {

    private RoleClaims() {}

    static Collection<GrantedAuthority> authorities(Object claim) {
        var authorities = new LinkedHashSet<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_REPORTER"));
        if (claim instanceof Collection<?> roles) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        } else if (claim instanceof String role && !role.isBlank()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        return List.copyOf(authorities);
    }

    /**
     * For OIDC sign-in: reads the claim from the ID token and user-info attributes Spring Security
     * passes in, and drops its default authorities ({@code OIDC_USER}, scopes).
     */
    static GrantedAuthoritiesMapper signInMapper(String claim) {
        return granted -> {
            Object roles = null;
            for (var authority : granted) {
                if (authority instanceof OAuth2UserAuthority user) {
                    Map<String, Object> attributes = user.getAttributes();
                    if (attributes.get(claim) != null) {
                        roles = attributes.get(claim);
                    }
                }
            }
            return authorities(roles);
        };
    }
}
