package org.fairdesk.work.web;

import org.springframework.security.core.Authentication;

/** Who sees everyone's work: managers and administrators. */
final class Viewers {

	private Viewers() {
	}

	static boolean isManager(Authentication user) {
		return user.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER") || a.getAuthority().equals("ROLE_ADMIN"));
	}
}
