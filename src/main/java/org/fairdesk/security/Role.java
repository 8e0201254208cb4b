package org.fairdesk.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** What a login may do. A REP works requests and sees only their own pay. */
public enum Role {
	REP, MANAGER, FINANCE, ADMIN;

	/** Whether the login holds any of {@code roles}: the one place pages and the API ask who someone is. */
	public static boolean any(Authentication user, Role... roles) {
		Set<String> wanted = Arrays.stream(roles).map(Role::authority).collect(Collectors.toSet());
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::contains);
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
