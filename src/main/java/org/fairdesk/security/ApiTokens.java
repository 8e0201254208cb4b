package org.fairdesk.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.shared.SecretTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: a login issues named, expiring tokens for its scripts and integrations, and revokes them. A token acts
 * with its login's role, exactly as HTTP Basic with that login would, but is checked with one indexed lookup of its
 * SHA-256 instead of a BCrypt comparison (docs/api.md, "Authentication").
 */
@Service
public class ApiTokens {

	/** Tokens start with this, so a leaked one is recognisable in logs and by secret scanners. */
	public static final String PREFIX = "fd_";

	public static final int DEFAULT_VALID_DAYS = 90;

	public static final int MAX_VALID_DAYS = 366;

	/** The details of a request authenticated by a token (see {@link #isTokenLogin}). */
	static final Object TOKEN_LOGIN = "api-token";

	private final ApiTokenStore store;

	ApiTokens(ApiTokenStore store) {
		this.store = store;
	}

	/**
	 * Whether the caller authenticated with a token rather than their password. A token may not issue tokens: one
	 * that leaked could otherwise mint a successor that outlives its revocation.
	 */
	public static boolean isTokenLogin(Authentication authentication) {
		return authentication.getDetails() == TOKEN_LOGIN;
	}

	/** A token's name: one line of at most 100 characters. Public so that a form names it with its other problems. */
	public static void requireName(@Nullable String name, FieldChecks checks) {
		checks.requireName(name, "name", 100);
	}

	/** Issues a token for {@code username}; the answer is the only place its secret ever appears. */
	@Transactional
	public IssuedToken issue(String username, @Nullable String name, @Nullable Integer validDays, Instant now) {
		int days = validDays == null ? DEFAULT_VALID_DAYS : validDays;
		FieldChecks checks = new FieldChecks();
		requireName(name, checks);
		checks.require(days >= 1 && days <= MAX_VALID_DAYS, "validDays", "must be 1 to " + MAX_VALID_DAYS + " days")
			.throwIfAny();
		String secret = PREFIX + SecretTokens.generate();
		Instant expires = now.plus(Duration.ofDays(days));
		long id = store.insert(username, name.strip(), SecretTokens.sha256(secret), now, expires);
		return new IssuedToken(id, name.strip(), secret, now, expires);
	}

	/** The login behind a live token, or empty for anything else (malformed, unknown, revoked, expired, disabled). */
	@Transactional(readOnly = true)
	public Optional<UserDetails> authenticate(String token, Instant now) {
		if (!token.startsWith(PREFIX) || !SecretTokens.isWellFormed(token.substring(PREFIX.length()))) {
			return Optional.empty();
		}
		return store.liveUser(SecretTokens.sha256(token), now);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> of(String username) {
		return store.of(username);
	}

	/** Revokes one of the login's own tokens; revoking it again changes nothing. */
	@Transactional
	public void revoke(String username, long id, Instant now) {
		if (!store.revoke(username, id, now) && !store.exists(username, id)) {
			throw new NotFoundException("You have no API token " + id);
		}
	}
}
