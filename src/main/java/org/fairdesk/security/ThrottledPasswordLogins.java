package org.fairdesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password logins, from the login form and from HTTP Basic alike: the {@link LoginThrottle} is asked
 * first, and only an attempt it lets through reaches the password check, whose outcome it is then told.
 * <p>
 * Both doors end here (Spring Security's form and Basic filters hand the credentials they parsed to the one
 * authentication manager, with the client address in the details), so the throttle sees the same username the check
 * does and knows each attempt's outcome without correlating events.
 */
final class ThrottledPasswordLogins implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final LoginThrottle throttle;

	ThrottledPasswordLogins(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication login) {
		LoginThrottle.Attempt attempt = throttle.admit(login.getName(), address(login));
		Authentication result;
		try {
			result = passwords.authenticate(login);
		}
		catch (AuthenticationException refused) {
			if (refused instanceof InternalAuthenticationServiceException) { // the users could not be read
				throttle.undecided(attempt);
			}
			else {
				throttle.failed(attempt);
			}
			throw refused;
		}
		catch (RuntimeException broken) {
			throttle.undecided(attempt);
			throw broken;
		}
		if (result == null) {
			throttle.undecided(attempt);
			return null;
		}
		throttle.succeeded(attempt);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Spring Security's form and Basic filters both put the request's remote address in the details. */
	private static String address(Authentication login) {
		return login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown";
	}
}
