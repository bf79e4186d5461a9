package org.sirtdesk.api.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sirtdesk.core.shared.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** The demo users of API.md; every one of them also holds REPORTER. */
public final class DemoUsers {

    public static final Map<String, Role> USERS = demoUsers();

    private DemoUsers() {}

    private static Map<String, Role> demoUsers() {
        var users = new LinkedHashMap<String, Role>();
        users.put("reporter", Role.REPORTER);
        users.put("reporter2", Role.REPORTER);
        users.put("sirt1", Role.SIRT);
        users.put("sirt2", Role.SIRT);
        users.put("lead1", Role.SIRT_LEAD);
        users.put("lead2", Role.SIRT_LEAD);
        users.put("ciso", Role.CISO);
        users.put("officer1", Role.OFFICER);
        users.put("officer2", Role.OFFICER);
        users.put("privacy", Role.PRIVACY_OFFICER);
        users.put("compliance", Role.COMPLIANCE);
        users.put("auditor", Role.AUDITOR);
        users.put("admin", Role.ADMIN);
        return Map.copyOf(users);
    }

    /**
     * The password is stored with the {noop} encoder on purpose: it is the published demo password,
     * and hashing it per request would only cost CPU.
     */
    public static List<UserDetails> userDetails(String password) {
        var details = new ArrayList<UserDetails>();
        USERS.forEach((name, role) -> {
            var roles = role == Role.REPORTER ? new String[] {"REPORTER"} : new String[] {role.name(), "REPORTER"};
            details.add(User.withUsername(name)
                    .password("{noop}" + password)
                    .roles(roles)
                    .build());
        });
        return details;
    }
}
