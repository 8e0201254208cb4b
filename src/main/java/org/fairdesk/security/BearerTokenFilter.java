package org.fairdesk.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer fd_…} on the API: a live token authenticates the request as its login; any other
 * bearer token is a 401 naming why, never a fall-through to anonymous. Requests without one go on to HTTP Basic.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer";

	private final ApiTokens tokens;
	private final Clock clock;
	private final AuthenticationEntryPoint refusal;
	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokens tokens, Clock clock, AuthenticationEntryPoint refusal) {
		this.tokens = tokens;
		this.clock = clock;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !isBearer(header)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserDetails> user = tokens.authenticate(header.substring(BEARER.length()).strip(), clock.instant());
		if (user.isEmpty()) {
			contexts.clearContext();
			refusal.commence(request, response,
					new BadCredentialsException("The API token is unknown, revoked or expired"));
			return;
		}
		SecurityContext context = contexts.createEmptyContext();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities());
		authentication.setDetails(ApiTokens.TOKEN_LOGIN);
		context.setAuthentication(authentication);
		contexts.setContext(context);
		chain.doFilter(request, response);
	}

	/**
	 * The bearer scheme, with or without a token after it: {@code Bearer } with an empty token reaches the server as
	 * {@code Bearer} (the space is trimmed), and was answered as a missing login with a Basic challenge.
	 */
	private static boolean isBearer(String header) {
		return header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				&& (header.length() == BEARER.length() || Character.isWhitespace(header.charAt(BEARER.length())));
	}
}
