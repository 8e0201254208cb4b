package org.fairdesk.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenStore {

	private final JdbcClient jdbc;

	ApiTokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String username, String name, String sha256, Instant createdAt, Instant expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into api_tokens (username, name, token_sha256, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(username, name, sha256, DbTime.of(createdAt), DbTime.of(expiresAt))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** The enabled login a live token (not revoked, not expired at {@code now}) stands for. */
	Optional<UserDetails> liveUser(String sha256, Instant now) {
		return jdbc.sql("""
				select u.username, u.role from api_tokens t join users u on u.username = t.username
				where t.token_sha256 = ? and t.revoked_at is null and t.expires_at > ? and u.enabled""")
			.params(sha256, DbTime.of(now))
			.query((rs, row) -> User.withUsername(rs.getString("username"))
				.password("")
				.authorities(Role.valueOf(rs.getString("role")).authority())
				.build())
			.optional();
	}

	List<ApiToken> of(String username) {
		return jdbc.sql("""
				select id, name, created_at, expires_at, revoked_at from api_tokens where username = ?
				order by created_at desc, id desc""")
			.param(username)
			.query((rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("name"), DbTime.instant(rs, "created_at"),
					DbTime.instant(rs, "expires_at"), DbTime.instant(rs, "revoked_at")))
			.list();
	}

	/** Revokes the owner's token if it is live: true when it was. */
	boolean revoke(String username, long id, Instant at) {
		return jdbc.sql("update api_tokens set revoked_at = ? where id = ? and username = ? and revoked_at is null")
			.params(DbTime.of(at), id, username)
			.update() == 1;
	}

	/** Revokes every live token of the login: how many were. */
	int revokeAll(String username, Instant at) {
		return jdbc.sql("update api_tokens set revoked_at = ? where username = ? and revoked_at is null")
			.params(DbTime.of(at), username)
			.update();
	}

	boolean exists(String username, long id) {
		return jdbc.sql("select count(*) from api_tokens where id = ? and username = ?")
			.params(id, username)
			.query(Long.class)
			.single() > 0;
	}
}
