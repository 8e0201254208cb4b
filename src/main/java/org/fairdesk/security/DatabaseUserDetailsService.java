package org.fairdesk.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Logins from the {@code users} table, for the password check ({@link SecurityConfiguration#passwordLogins}). */
final class DatabaseUserDetailsService implements UserDetailsService {

	private final Users users;

	DatabaseUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
