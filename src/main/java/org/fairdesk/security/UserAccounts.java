package org.fairdesk.security;

import org.fairdesk.shared.ConflictException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security module's API: creating logins and their e-mail addresses. Passwords are stored only as hashes. */
@Service
public class UserAccounts {

	private final Users users;
	private final PasswordEncoder passwords;

	private final ApiTokenStore tokens;
	private final ApplicationEventPublisher events;

	private final List<LoginNameRules> nameRules;

	UserAccounts(Users users, PasswordEncoder passwords, ApiTokenStore tokens, ApplicationEventPublisher events,
			List<LoginNameRules> nameRules) {
		this.nameRules = nameRules;
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.events = events;
	}

	static final int MIN_PASSWORD_LENGTH = 8;

	/** BCrypt reads no more than 72 bytes of a password, and Spring Security refuses to hash a longer one. */
	static final int MAX_PASSWORD_BYTES = 72;

	/** A password a login may be given: at least 8 characters, at most 72 bytes in UTF-8 (what BCrypt reads). */
	public static void requirePassword(@Nullable String password, String field, FieldChecks checks) {
		checks.require(password != null && password.length() >= MIN_PASSWORD_LENGTH
				&& password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES, field,
				"must be at least " + MIN_PASSWORD_LENGTH + " characters and at most " + MAX_PASSWORD_BYTES
						+ " bytes in UTF-8 (72 letters of the English alphabet, fewer with accents)");
	}

	@Transactional
	public void create(String username, String rawPassword, Role role) {
		createWithHash(username, passwords.encode(rawPassword), role);
	}

	/** A login as an administrator lists it: never its password. */
	public record Login(String username, Role role, boolean enabled, @Nullable String email) {
	}

	/** The role of the login with this name, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Role> roleOf(String username) {
		return users.login(username).map(Login::role);
	}

	/**
	 * Whether the login exists and its password is still stored as exactly this hash: how the demo knows its own
	 * logins (created with one hash it ships) from an installation's, without checking a password (BCrypt's cost).
	 */
	@Transactional(readOnly = true)
	public boolean hasPasswordHash(String username, String passwordHash) {
		return users.hasPasswordHash(username, passwordHash);
	}

	/** Every login, by username. */
	@Transactional(readOnly = true)
	public List<Login> logins() {
		return users.all();
	}

	/**
	 * Enables or disables a login. A disabled login cannot sign in, its API tokens are revoked, its open browser
	 * sessions end at their next request, and a rep with that login is set AWAY ({@link LoginDisabled}). Nobody disables their own login, nor the last enabled administrator
	 * (409): either would lock the installation out of its own administration.
	 */
	@Transactional
	public Login setEnabled(String actor, String username, boolean enabled) {
		Login login = login(username);
		if (!enabled && login.enabled()) {
			if (username.equals(actor)) {
				throw new ConflictException("enabled", "is your own login: another administrator disables it");
			}
			if (login.role() == Role.ADMIN && users.enabledAdminsLocked().size() <= 1) {
				throw new ConflictException("enabled", username + " is the last enabled administrator");
			}
		}
		users.setEnabled(username, enabled);
		if (!enabled && login.enabled()) {
			// revoked, not only refused while disabled: enabling the login again must not bring back a token its
			// person took with them when they left
			tokens.revokeAll(username, Instant.now());
			events.publishEvent(new LoginDisabled(username, login.role(), actor));
		}
		return login(username);
	}

	/**
	 * Sets a login's password (an administrator's reset, or a first password changed), by the rules of every login.
	 * Whoever signed in with the old one is shut out, as a reset because it leaked needs: the login's browser sessions
	 * signed in before it end at their next request, and its API tokens are revoked (a token minted with a leaked
	 * password would otherwise outlive the reset).
	 */
	@Transactional
	public void setPassword(String username, @Nullable String rawPassword) {
		FieldChecks checks = new FieldChecks();
		requirePassword(rawPassword, "password", checks);
		checks.throwIfAny();
		login(username);
		String hash = passwords.encode(rawPassword);
		// the servlet container's clock, which dates the sessions it is compared with (not the app's Clock, which a
		// test may hold still)
		Instant now = Instant.now();
		users.setPasswordHash(username, hash, now);
		tokens.revokeAll(username, now);
	}

	/**
	 * Why a browser session signed in at {@code signedIn} ends, if it does (checked on every page request of a
	 * signed-in session): its login was disabled, or its password reset since.
	 */
	@Transactional(readOnly = true)
	Optional<Users.SessionEnd> sessionEnd(String username, Instant signedIn) {
		return users.sessionEnd(username, signedIn);
	}

	private Login login(String username) {
		return users.login(username)
			.orElseThrow(() -> new NotFoundException("No login named " + Inputs.shortened(username)));
	}

	/** For seeding many logins with one password: hash once with {@link #hash(String)}, then create each. */
	@Transactional
	public void createWithHash(String username, String passwordHash, Role role) {
		new FieldChecks().requireUsername(username, "username").throwIfAny();
		ConflictException taken = new ConflictException("username", "Login " + username + " already exists");
		if (users.exists(username)) {
			throw taken;
		}
		// Rep1 beside rep1 reads as one person on every page, and the login throttle counts them as one name
		users.sameButForCase(username).ifPresent(other -> {
			throw new ConflictException("username", "Login " + other + " already exists: names that differ only in "
					+ "case would be taken for each other; choose another name");
		});
		for (LoginNameRules rules : nameRules) {
			String refusal = rules.refusal(username, role);
			if (refusal != null) {
				throw new ConflictException("username", refusal);
			}
		}
		try {
			users.insert(username, passwordHash, role);
		}
		catch (DuplicateKeyException raced) { // created between the check and the insert
			throw taken;
		}
	}

	/**
	 * Records a login's e-mail address, or clears it with null or blank: a 400 naming {@code email} for an address
	 * Fairdesk does not take (nothing is stored), a 404 for a login that does not exist. Returns what is stored now.
	 */
	@Transactional
	public @Nullable String changeEmail(String username, @Nullable String email) {
		FieldChecks checks = new FieldChecks();
		String address = EmailAddresses.checked(email, "email", checks);
		checks.throwIfAny();
		if (!users.changeEmail(username, address)) {
			throw new NotFoundException("No login named " + Inputs.shortened(username));
		}
		return address;
	}

	/** A login's e-mail address, if one is recorded. */
	@Transactional(readOnly = true)
	public Optional<String> email(String username) {
		return users.email(username);
	}

	/** The addresses of every enabled login with the role that has one (managers, to tell them of a dispute). */
	@Transactional(readOnly = true)
	public List<String> emailsOf(Role role) {
		return users.emailsOf(role);
	}

	public String hash(String rawPassword) {
		return passwords.encode(rawPassword);
	}

	@Transactional(readOnly = true)
	public boolean anyExist() {
		return users.count() > 0;
	}
}
