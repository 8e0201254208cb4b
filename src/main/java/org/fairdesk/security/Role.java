package org.fairdesk.security;

/** What a login may do. A REP works requests and sees only their own pay. */
public enum Role {
	REP, MANAGER, FINANCE, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
