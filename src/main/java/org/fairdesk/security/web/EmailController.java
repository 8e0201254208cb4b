package org.fairdesk.security.web;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.fairdesk.security.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A login's e-mail address, where Fairdesk mails its person (docs/security.md): an administrator sets anyone's, every
 * user their own. Null or blank clears it.
 */
@RestController
class EmailController {

	private final UserAccounts accounts;

	EmailController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@PutMapping("/api/users/{username}/email")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, @Nullable Object> change(@PathVariable String username, @RequestBody EmailBody body) {
		return answer(username, accounts.changeEmail(username, body.email()));
	}

	@PutMapping("/api/me/email")
	Map<String, @Nullable Object> changeOwn(@RequestBody EmailBody body, Principal me) {
		return answer(me.getName(), accounts.changeEmail(me.getName(), body.email()));
	}

	private static Map<String, @Nullable Object> answer(String username, @Nullable String email) {
		Map<String, @Nullable Object> answer = new HashMap<>();
		answer.put("username", username);
		answer.put("email", email);
		return answer;
	}

	/** {@code {}} is refused: clearing the address takes {@code {"email": null}}. */
	record EmailBody(@JsonProperty(required = true) @Nullable String email) {
	}
}
