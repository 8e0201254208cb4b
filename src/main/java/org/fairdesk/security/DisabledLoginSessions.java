package org.fairdesk.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose login an administrator has disabled, or whose password was reset after the session
 * signed in, at its next request: it is sent to the login page, which a disabled login can no longer pass. A session holds who signed in, not whether they still may, so without this a departing
 * employee's open session would outlive the login it came from. One primary-key read a page request; none for the
 * static files a page loads.
 */
final class DisabledLoginSessions extends OncePerRequestFilter {

	private final UserAccounts accounts;
	private final RequestMatcher staticFiles;

	DisabledLoginSessions(UserAccounts accounts, RequestMatcher staticFiles) {
		this.accounts = accounts;
		this.staticFiles = staticFiles;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return staticFiles.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && signedIn != null && signedIn.isAuthenticated()
				&& !(signedIn instanceof AnonymousAuthenticationToken)) {
			Optional<Users.SessionEnd> end = accounts.sessionEnd(signedIn.getName(),
					Instant.ofEpochMilli(session.getCreationTime()));
			if (end.isPresent()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?"
						+ (end.get() == Users.SessionEnd.DISABLED ? "disabled" : "reset"));
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
