package org.fairdesk.security;

import java.util.List;
import java.util.Optional;

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

	/** Whether the login exists, is enabled and has the role. */
	boolean isEnabled(String username, Role role) {
		return jdbc.sql("select count(*) from users where username = ? and role = ? and enabled = true")
			.params(username, role.name())
			.query(Long.class)
			.single() > 0;
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
			.optional();
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
