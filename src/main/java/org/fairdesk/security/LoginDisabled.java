package org.fairdesk.security;

/**
 * An administrator disabled a login (published in the same transaction): the person behind it can no longer sign in,
 * so the modules that hand them things (people, for routing) stop doing so.
 */
public record LoginDisabled(String username, Role role, String disabledBy) {
}
