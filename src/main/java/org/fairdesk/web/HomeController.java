package org.fairdesk.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each person to the page they start their day on. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication user) {
		if (has(user, "ROLE_REP")) {
			return "redirect:/work";
		}
		if (has(user, "ROLE_FINANCE")) {
			return "redirect:/statements";
		}
		return "redirect:/team";
	}

	private static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}
}
