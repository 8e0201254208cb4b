package org.fairdesk.security.web;

import java.security.Principal;
import java.time.Clock;
import java.time.ZoneOffset;

import org.fairdesk.security.ApiTokens;
import org.fairdesk.security.IssuedToken;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Every login's own API tokens in the browser: issue one (its secret is shown once, right after), see which are
 * live, revoke any. The same rules as {@code /api/tokens}; a browser session is a password login, so it may issue.
 */
@Controller
class ApiTokensPageController {

	private final ApiTokens tokens;
	private final MessageSource messages;
	private final Clock clock;

	ApiTokensPageController(ApiTokens tokens, MessageSource messages, Clock clock) {
		this.tokens = tokens;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/tokens")
	String tokens(Principal user, Model model) {
		model.addAttribute("tokens", tokens.of(user.getName()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("zone", ZoneOffset.UTC);
		model.addAttribute("defaultDays", ApiTokens.DEFAULT_VALID_DAYS);
		model.addAttribute("maxDays", ApiTokens.MAX_VALID_DAYS);
		model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		return "security/tokens";
	}

	/** The secret travels once, in the flash attributes of the redirect, and is never stored in clear. */
	@PostMapping("/tokens")
	String issue(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String validDays, Principal user, RedirectAttributes flash) {
		try {
			FieldChecks checks = new FieldChecks();
			Integer days = Inputs.wholeNumber(validDays, "validDays", "a whole number of days", checks);
			if (checks.hasAny()) {
				ApiTokens.requireName(name, checks); // named with the days that are not a number, all at once
			}
			checks.throwIfAny();
			IssuedToken issued = tokens.issue(user.getName(), name, days, clock.instant());
			flash.addFlashAttribute("issued", issued);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("failure", text("tokens.failed", e.getMessage()));
		}
		return "redirect:/tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Principal user, RedirectAttributes flash) {
		try {
			tokens.revoke(user.getName(), id, clock.instant());
			flash.addFlashAttribute("notice", text("tokens.revoked"));
		}
		catch (NotFoundException e) {
			flash.addFlashAttribute("failure", e.getMessage());
		}
		return "redirect:/tokens";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
