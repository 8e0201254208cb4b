package org.fairdesk.security;

import org.springframework.security.core.AuthenticationException;

/** A login attempt refused before its password was checked: too many failed logins for its account or address. */
final class LoginThrottledException extends AuthenticationException {

	private final LoginThrottle.Limit limit;
	private final long retryAfterSeconds;

	LoginThrottledException(LoginThrottle.Limit limit, long retryAfterSeconds) {
		super("Too many failed logins " + (limit == LoginThrottle.Limit.ACCOUNT ? "for this account" : "from this address")
				+ "; try again in " + retryAfterSeconds + (retryAfterSeconds == 1 ? " second" : " seconds"));
		this.limit = limit;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	LoginThrottle.Limit limit() {
		return limit;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
