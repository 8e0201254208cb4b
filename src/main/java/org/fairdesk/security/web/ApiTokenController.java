package org.fairdesk.security.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.fairdesk.security.ApiToken;
import org.fairdesk.security.ApiTokens;
import org.fairdesk.security.IssuedToken;
import org.fairdesk.shared.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every login manages its own API tokens; nobody sees or revokes anyone else's. */
@RestController
class ApiTokenController {

	private final ApiTokens tokens;
	private final Clock clock;

	ApiTokenController(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@PostMapping("/api/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken issue(@RequestBody TokenBody body, Authentication user) {
		if (ApiTokens.isTokenLogin(user)) {
			throw new ForbiddenException("Issue API tokens with your password (HTTP Basic or the browser), not with a"
					+ " token");
		}
		return tokens.issue(user.getName(), body.name(), body.validDays(), clock.instant());
	}

	@GetMapping("/api/tokens")
	List<ApiToken> mine(Principal user) {
		return tokens.of(user.getName());
	}

	@DeleteMapping("/api/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable long id, Principal user) {
		tokens.revoke(user.getName(), id, clock.instant());
	}

	record TokenBody(@Nullable String name, @Nullable Integer validDays) {
	}
}
