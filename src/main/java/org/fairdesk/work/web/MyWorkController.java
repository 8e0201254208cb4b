package org.fairdesk.work.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Availability;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.Transition;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A rep's “My work”: their open requests with start and close actions, and their availability switch. Actions
 * answer with the re-rendered row (htmx), or redirect back for browsers without script.
 */
@Controller
class MyWorkController {

	static final String VIEW = "work/my-work";
	static final String ROW = "work/my-work :: row";

	private final WorkManagement work;
	private final PeopleManagement people;
	private final Clock clock;

	MyWorkController(WorkManagement work, PeopleManagement people, Clock clock) {
		this.work = work;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/work")
	String myWork(Principal principal, Model model) {
		Rep me = me(principal);
		model.addAttribute("rep", me);
		model.addAttribute("requests", work.workOf(me.id(), 10));
		model.addAttribute("availabilities", Availability.values());
		return VIEW;
	}

	@PostMapping("/work/availability")
	String availability(@RequestParam String availability, Principal principal) {
		people.changeAvailability(me(principal).id(), Availability.parse(availability));
		return "redirect:/work";
	}

	@PostMapping("/work/{id}/transition")
	String transition(@PathVariable UUID id, @RequestParam String to, @RequestParam(required = false) @Nullable BigDecimal value,
			@RequestParam(required = false) @Nullable BigDecimal margin,
			@RequestParam(required = false) @Nullable String reason,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Principal principal,
			Model model) {
		Rep me = me(principal);
		RequestView request;
		try {
			request = work.transition(new RequestId(id), me.id(),
					new Transition(RequestController.TransitionBody.state(to), value, margin, blankToNull(reason)),
					clock.instant());
		}
		catch (InvalidInputException | IllegalTransitionException e) {
			request = work.request(new RequestId(id));
			model.addAttribute("error", e.getMessage());
		}
		model.addAttribute("r", request);
		return htmx != null ? ROW : "redirect:/work";
	}

	private Rep me(Principal principal) {
		return people.repByUsername(principal.getName())
			.orElseThrow(() -> new ForbiddenException("Login " + principal.getName() + " is not a rep"));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
