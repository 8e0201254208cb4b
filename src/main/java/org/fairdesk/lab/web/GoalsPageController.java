package org.fairdesk.lab.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.fairdesk.lab.GoalManagement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The behaviour goals page, linked from the dashboard: the current and the last month, side by side. */
@Controller
class GoalsPageController {

	static final String VIEW = "lab/goals";

	private final GoalManagement goals;
	private final PeopleManagement people;
	private final Clock clock;

	GoalsPageController(GoalManagement goals, PeopleManagement people, Clock clock) {
		this.goals = goals;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/lab/goals")
	String page(@RequestParam(required = false) @Nullable Long team, Authentication user,
			@CurrentRep Optional<Rep> me, Model model) {
		boolean everyone = Role.any(user, Role.MANAGER, Role.ADMIN, Role.FINANCE);
		List<Team> teams = everyone ? people.teams()
				: List.of(people.team(me.orElseThrow(() -> new ForbiddenException("Login " + user.getName()
						+ " has no team")).teamId()));
		model.addAttribute("teams", teams);
		model.addAttribute("everyone", everyone);
		if (teams.isEmpty()) {
			return VIEW;
		}
		Team chosen = team == null ? teams.get(0) : people.team(new TeamId(team));
		YearMonth now = chosen.thisMonth(clock);
		model.addAttribute("team", chosen);
		model.addAttribute("months", List.of(
				GoalsController.visible(goals.status(chosen.id(), now), user, me),
				GoalsController.visible(goals.status(chosen.id(), now.minusMonths(1)), user, me)));
		return VIEW;
	}
}
