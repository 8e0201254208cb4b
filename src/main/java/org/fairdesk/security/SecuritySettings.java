package org.fairdesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fairdesk.security.*}: the first administrator, created only when the database has no login at all.
 *
 * @param initialAdminUsername login of the first administrator
 * @param initialAdminPassword its password; there is no default, so no installation ships a known password
 */
@ConfigurationProperties("fairdesk.security")
record SecuritySettings(@Nullable String initialAdminUsername, @Nullable String initialAdminPassword) {

	String adminUsername() {
		return initialAdminUsername == null || initialAdminUsername.isBlank() ? "admin" : initialAdminUsername;
	}
}
