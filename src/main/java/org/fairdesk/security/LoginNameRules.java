package org.fairdesk.security;

import org.jspecify.annotations.Nullable;

/**
 * What another module refuses about a new login's name, given its role: people refuses a MANAGER, FINANCE or ADMIN
 * login under a rep's name (a rep works through a REP login of that name), so security reads no other module's data.
 */
public interface LoginNameRules {

	/** Why a login of this role may not have this name, or null when it may. */
	@Nullable String refusal(String username, Role role);
}
