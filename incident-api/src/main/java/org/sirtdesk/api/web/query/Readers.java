package org.sirtdesk.api.web.query;

import java.util.Set;
import org.springframework.security.core.Authentication;

/** Who reads what: an officer only sees the incidents that name them; other reader roles see all. */
final class Readers {

    private static final Set<String> SEE_ALL = Set.of(
            "ROLE_SIRT", "ROLE_SIRT_LEAD", "ROLE_CISO", "ROLE_COMPLIANCE", "ROLE_AUDITOR", "ROLE_PRIVACY_OFFICER");

    private Readers() {}

    static boolean seesAll(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> SEE_ALL.contains(a.getAuthority()));
    }
}
