package org.fairdesk.incentives.web;

import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.incentives.PlanAcknowledgementManagement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rep's page for a new plan version: what takes effect when, the document, what it would have paid them last month
 * beside what they were paid, and "I have read it". A plain form, no script (Content-Security-Policy).
 */
@Controller
@PreAuthorize("hasRole('REP')")
class AcknowledgePageController {

	static final String VIEW = "incentives/acknowledge";

	private final PlanAcknowledgementManagement acknowledgements;
	private final org.fairdesk.people.PeopleManagement people;

	AcknowledgePageController(PlanAcknowledgementManagement acknowledgements,
			org.fairdesk.people.PeopleManagement people) {
		this.acknowledgements = acknowledgements;
		this.people = people;
	}

	@GetMapping("/plans/acknowledge")
	String pending(@CurrentRep Rep me, Model model) {
		model.addAttribute("pending", acknowledgements.pending(me.id()));
		model.addAttribute("format", TeamFormat.of(people.team(me.teamId())));
		return VIEW;
	}

	@PostMapping("/plans/acknowledge")
	String acknowledge(@RequestParam(required = false) @Nullable String planName,
			@RequestParam(required = false) @Nullable String version, @CurrentRep Rep me, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			// both fields named at once when both are missing or wrong
			FieldChecks checks = new FieldChecks();
			checks.require(planName != null && !planName.isBlank(), "planName", "is required: the plan's name");
			Integer number = Inputs.wholeNumber(version, "version", "the version's number, a whole number", checks);
			checks.require(number != null || checks.hasProblem("version"), "version",
					"is required: the version's number, a whole number");
			checks.throwIfAny();
			var done = acknowledgements.acknowledge(me.id(), planName, number);
			flash.addFlashAttribute("notice", "You confirmed " + done.planName() + " version " + done.version()
					+ ". Thank you.");
			return "redirect:/plans/acknowledge";
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", refused.problems());
		}
		return pending(me, model);
	}
}
