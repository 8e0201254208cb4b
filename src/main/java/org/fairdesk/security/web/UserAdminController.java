package org.fairdesk.security.web;

import java.util.Arrays;
import java.util.Map;

import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.FieldChecks;
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

	static final int MIN_PASSWORD_LENGTH = 8;

	private final UserAccounts accounts;

	UserAdminController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/users")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@RequestBody UserBody body) {
		Role role = Arrays.stream(Role.values())
			.filter(r -> r.name().equalsIgnoreCase(body.role() == null ? "" : body.role().strip()))
			.findFirst()
			.orElse(null);
		new FieldChecks().requireText(body.username(), "username", 100)
			.require(body.password() != null && body.password().length() >= MIN_PASSWORD_LENGTH, "password",
					"must be at least " + MIN_PASSWORD_LENGTH + " characters")
			.require(role != null, "role", "must be one of " + Arrays.toString(Role.values()))
			.throwIfAny();
		accounts.create(body.username().strip(), body.password(), role);
		return Map.of("username", body.username().strip(), "role", role);
	}

	record UserBody(@Nullable String username, @Nullable String password, @Nullable String role) {
	}
}
