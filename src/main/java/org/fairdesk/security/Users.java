package org.fairdesk.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Repository;

@Repository
class Users {

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String username, String passwordHash, Role role) {
		jdbc.sql("insert into users (username, password_hash, role, enabled) values (?, ?, ?, true)")
			.params(username, passwordHash, role.name())
			.update();
	}

	boolean exists(String username) {
		return jdbc.sql("select count(*) from users where username = ?").param(username).query(Long.class).single() > 0;
	}

	/** A login whose name is this one but for case (Rep1 for rep1), if there is one. */
	java.util.Optional<String> sameButForCase(String username) {
		return jdbc.sql("select username from users where lower(username) = lower(?) and username <> ?")
			.params(username, username)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	boolean hasPasswordHash(String username, String passwordHash) {
		return jdbc.sql("select count(*) from users where username = ? and password_hash = ?")
			.params(username, passwordHash)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the login exists, is enabled and has the role. */
	boolean isEnabled(String username, Role role) {
		return jdbc.sql("select count(*) from users where username = ? and role = ? and enabled = true")
			.params(username, role.name())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Why a browser session signed in at {@code signedIn} ends, if it does: its login was disabled, or its password
	 * reset after it signed in. A name with no login (a test's made-up user) ends nothing.
	 */
	Optional<SessionEnd> sessionEnd(String username, Instant signedIn) {
		return jdbc.sql("""
				select case when enabled = false then 'DISABLED' else 'PASSWORD_RESET' end from users
				where username = ? and (enabled = false or password_changed_at > ?)""")
			.params(username, DbTime.of(signedIn))
			.query(String.class)
			.optional()
			.map(SessionEnd::valueOf);
	}

	/** Why a signed-in browser session ends before it expires. */
	enum SessionEnd {
		DISABLED, PASSWORD_RESET
	}

	/** Enables or disables a login; false when there is no such login. */
	boolean setEnabled(String username, boolean enabled) {
		return jdbc.sql("update users set enabled = ? where username = ?").params(enabled, username).update() == 1;
	}

	/** Replaces a login's password hash; false when there is no such login. */
	boolean setPasswordHash(String username, String passwordHash, Instant changedAt) {
		return jdbc.sql("update users set password_hash = ?, password_changed_at = ? where username = ?")
			.params(passwordHash, DbTime.of(changedAt), username)
			.update() == 1;
	}

	/** Every login, by username: its role, whether it is enabled, its address. */
	List<UserAccounts.Login> all() {
		return jdbc.sql(LOGIN + " order by username").query(Users::login).list();
	}

	Optional<UserAccounts.Login> login(String username) {
		return jdbc.sql(LOGIN + " where username = ?").param(username).query(Users::login).optional();
	}

	private static final String LOGIN = "select username, role, enabled, email from users";

	private static UserAccounts.Login login(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new UserAccounts.Login(rs.getString("username"), Role.valueOf(rs.getString("role")),
				rs.getBoolean("enabled"), rs.getString("email"));
	}

	/** The enabled administrators, locked, so that two disables at once cannot leave none. */
	List<String> enabledAdminsLocked() {
		return jdbc.sql("select username from users where role = 'ADMIN' and enabled = true order by username for update")
			.query(String.class).list();
	}

	long count() {
		return jdbc.sql("select count(*) from users").query(Long.class).single();
	}

	/** Sets or clears a login's address; false when there is no such login. */
	boolean changeEmail(String username, @Nullable String email) {
		return jdbc.sql("update users set email = ? where username = ?").params(email, username).update() == 1;
	}

	Optional<String> email(String username) {
		return jdbc.sql("select email from users where username = ? and email is not null")
			.param(username)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/** The addresses of the enabled logins with a role that have one, by username. */
	List<String> emailsOf(Role role) {
		return jdbc.sql("""
				select email from users where role = ? and enabled = true and email is not null order by username""")
			.param(role.name())
			.query(String.class)
			.list();
	}

	Optional<UserDetails> find(String username) {
		return jdbc.sql("select username, password_hash, role, enabled from users where username = ?")
			.param(username)
			.query((rs, row) -> User.withUsername(rs.getString("username"))
				.password(rs.getString("password_hash"))
				.authorities(Role.valueOf(rs.getString("role")).authority())
				.disabled(!rs.getBoolean("enabled"))
				.build())
			.optional();
	}
}
