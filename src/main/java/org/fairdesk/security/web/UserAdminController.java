package org.fairdesk.security.web;

import java.nio.charset.StandardCharsets;
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

	static final int MIN_PASSWORD_LENGTH = 8;

	/** BCrypt reads no more than 72 bytes of a password, and Spring Security refuses to hash a longer one. */
	static final int MAX_PASSWORD_BYTES = 72;

	private final UserAccounts accounts;

	UserAdminController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/users")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@RequestBody UserBody body) {
		FieldChecks checks = new FieldChecks().requireUsername(body.username(), "username")
			.require(body.password() != null && body.password().length() >= MIN_PASSWORD_LENGTH
					&& body.password().getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES, "password",
					"must be at least " + MIN_PASSWORD_LENGTH + " characters and at most " + MAX_PASSWORD_BYTES
							+ " bytes in UTF-8 (72 letters of the English alphabet, fewer with accents)");
		Role role = Inputs.oneOf(Role.class, body.role(), "role", checks);
		checks.throwIfAny();
		accounts.create(body.username().strip(), body.password(), role);
		return Map.of("username", body.username().strip(), "role", role);
	}

	record UserBody(@Nullable String username, @Nullable String password, @Nullable String role) {
	}
}
