package org.fairdesk.incentives.web;

import java.time.Clock;
import java.time.YearMonth;

import org.fairdesk.shared.Inputs;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.people.PeopleManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statements page: a month's statements, each line with its arithmetic. A rep sees only their own. */
@Controller
class StatementsPageController {

	private final IncentiveManagement incentives;
	private final PeopleManagement people;
	private final Clock clock;

	StatementsPageController(IncentiveManagement incentives, PeopleManagement people, Clock clock) {
		this.incentives = incentives;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/statements")
	String statements(@RequestParam(required = false) @Nullable String period, Authentication user, Model model) {
		YearMonth month = Inputs.month(period, YearMonth.now(clock), "period");
		model.addAttribute("period", month);
		model.addAttribute("previous", month.minusMonths(1));
		model.addAttribute("next", month.plusMonths(1));
		model.addAttribute("statements", Statements.visibleTo(user, month, incentives, people));
		return "incentives/statements";
	}
}
