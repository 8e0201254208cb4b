package org.fairdesk.web;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: who is logged in and in which role. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("currentUser")
	@Nullable String currentUser(@Nullable Principal principal) {
		return principal == null ? null : principal.getName();
	}

	@ModelAttribute("currentRole")
	@Nullable String currentRole(@Nullable Principal principal) {
		if (principal instanceof Authentication auth) {
			return auth.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", "")).findFirst().orElse(null);
		}
		return null;
	}
}
