package org.fairdesk.security.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An administrator creates logins; a rep's login has the same username as the rep. */
@RestController
class UserAdminController {

	private final UserAccounts accounts;

	UserAdminController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/users")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@RequestBody UserBody body) {
		FieldChecks checks = new FieldChecks().requireUsername(body.username(), "username");
		UserAccounts.requirePassword(body.password(), "password", checks);
		Role role = Inputs.oneOf(Role.class, body.role(), "role", checks);
		checks.throwIfAny();
		accounts.create(body.username().strip(), body.password(), role);
		return Map.of("username", body.username().strip(), "role", role);
	}

	/** Every login: username, role, whether it is enabled, its address; never a password. */
	@GetMapping("/api/users")
	@PreAuthorize("hasRole('ADMIN')")
	List<UserAccounts.Login> logins() {
		return accounts.logins();
	}

	/** Disables a login (it cannot sign in, its tokens and sessions stop) or enables it again. */
	@PutMapping("/api/users/{username}/enabled")
	@PreAuthorize("hasRole('ADMIN')")
	UserAccounts.Login enable(@PathVariable String username, @RequestBody EnabledBody body, Principal me) {
		new FieldChecks().require(body.enabled() != null, "enabled", "is required: true or false").throwIfAny();
		return accounts.setEnabled(me.getName(), username, Boolean.TRUE.equals(body.enabled()));
	}

	/** An administrator sets a login's password (a reset, or the first administrator's own changed). */
	@PutMapping("/api/users/{username}/password")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void password(@PathVariable String username, @RequestBody PasswordBody body) {
		accounts.setPassword(username, body.password());
	}

	record UserBody(@Nullable String username, @Nullable String password, @Nullable String role) {
	}

	record EnabledBody(@Nullable Boolean enabled) {
	}

	record PasswordBody(@Nullable String password) {
	}
}
