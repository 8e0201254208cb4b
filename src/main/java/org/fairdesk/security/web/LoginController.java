package org.fairdesk.security.web;

import java.util.List;

import org.fairdesk.security.LoginHints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final List<LoginHints> hints;

	LoginController(List<LoginHints> hints) {
		this.hints = hints;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("hints", hints.stream().flatMap(hint -> hint.messageKeys().stream()).toList());
		return "security/login";
	}
}
