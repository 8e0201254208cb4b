package org.fairdesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.security.*}: the first administrator, created only when the database has no login at all, and the
 * limits on failed logins.
 *
 * @param initialAdminUsername login of the first administrator
 * @param initialAdminPassword its password; there is no default, so no installation ships a known password
 * @param loginThrottle {@code fairdesk.security.login-throttle.*}, see {@link LoginThrottleSettings}
 */
@ConfigurationProperties("fairdesk.security")
record SecuritySettings(@Nullable String initialAdminUsername, @Nullable String initialAdminPassword,
		@DefaultValue LoginThrottleSettings loginThrottle) {

	String adminUsername() {
		return initialAdminUsername == null || initialAdminUsername.isBlank() ? "admin" : initialAdminUsername;
	}
}
