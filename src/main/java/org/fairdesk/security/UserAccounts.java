package org.fairdesk.security;

import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security module's API: creating logins. Passwords are stored only as hashes. */
@Service
public class UserAccounts {

	private final Users users;
	private final PasswordEncoder passwords;

	UserAccounts(Users users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@Transactional
	public void create(String username, String rawPassword, Role role) {
		createWithHash(username, passwords.encode(rawPassword), role);
	}

	/** For seeding many logins with one password: hash once with {@link #hash(String)}, then create each. */
	@Transactional
	public void createWithHash(String username, String passwordHash, Role role) {
		new FieldChecks().requireText(username, "username", 100).throwIfAny();
		ConflictException taken = new ConflictException("username", "Login " + username + " already exists");
		if (users.exists(username)) {
			throw taken;
		}
		try {
			users.insert(username, passwordHash, role);
		}
		catch (DuplicateKeyException raced) { // created between the check and the insert
			throw taken;
		}
	}

	public String hash(String rawPassword) {
		return passwords.encode(rawPassword);
	}

	@Transactional(readOnly = true)
	public boolean anyExist() {
		return users.count() > 0;
	}
}
