package org.fairdesk.web;

import org.fairdesk.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each person to the page they start their day on. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication user) {
		if (Role.any(user, Role.REP)) {
			return "redirect:/work";
		}
		if (Role.any(user, Role.FINANCE)) {
			return "redirect:/statements";
		}
		return "redirect:/team";
	}
}
