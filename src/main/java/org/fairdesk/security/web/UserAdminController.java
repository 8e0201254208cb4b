package org.fairdesk.security.web;

import java.util.Map;

import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
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

	record UserBody(@Nullable String username, @Nullable String password, @Nullable String role) {
	}
}
