package org.sirtdesk.core.shared;

import java.util.Objects;

/**
 * Who did something and in which role. The user id is the authenticated principal's name;
 * for the external window it is a fixed pseudonymous id, never free text from the request.
 */
public record Actor(String userId, Role role) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public static Actor of(String userId, Role role) {
        return new Actor(userId, role);
    }
}
