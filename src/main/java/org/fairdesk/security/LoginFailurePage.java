package org.fairdesk.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What the login form answers when a login fails: a wrong username or password goes back to the form
 * ({@code /login?error}); an attempt refused by the {@link LoginThrottle} gets 429 with {@code Retry-After} and the
 * login page saying how long to wait, so a script sees the status that tells it to slow down.
 */
final class LoginFailurePage implements AuthenticationFailureHandler {

	/** Request attributes the login page reads: which limit refused the attempt, and the seconds to wait. */
	static final String THROTTLED_BY = "loginThrottledBy";
	static final String RETRY_AFTER = "loginRetryAfter";

	private final AuthenticationFailureHandler wrongCredentials =
			new SimpleUrlAuthenticationFailureHandler("/login?error");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException, ServletException {
		if (!(failure instanceof LoginThrottledException throttled)) {
			wrongCredentials.onAuthenticationFailure(request, response, failure);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
		request.setAttribute(THROTTLED_BY, throttled.limit().name());
		request.setAttribute(RETRY_AFTER, throttled.retryAfterSeconds());
		// The page is rendered by the login page's own GET handler: forwarded as a GET, because a forwarded
		// POST /login would be taken for another login attempt by the form login filter.
		request.getRequestDispatcher("/login").forward(new AsGet(request), response);
	}

	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}
	}
}
