package org.fairdesk.lab.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;

import org.fairdesk.lab.Goal;
import org.fairdesk.lab.GoalInput;
import org.fairdesk.lab.GoalManagement;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.Inputs;
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
	private final TeamManagerChecks teamChecks;
	private final Clock clock;

	GoalsPageController(GoalManagement goals, PeopleManagement people, TeamManagerChecks teamChecks, Clock clock) {
		this.goals = goals;
		this.people = people;
		this.teamChecks = teamChecks;
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
		model.addAttribute("goals", everyone ? goals.goals(chosen.id()) : List.of());
		model.addAttribute("editor", Role.any(user, Role.MANAGER, Role.ADMIN));
		model.addAttribute("months", List.of(
				GoalsController.visible(goals.status(chosen.id(), now), user, me),
				GoalsController.visible(goals.status(chosen.id(), now.minusMonths(1)), user, me)));
		return VIEW;
	}

	/**
	 * A manager's goals from the page's form: each behaviour's threshold ({@code threshold.CHERRY_PICKING}) and
	 * whether it is watched ({@code enabled.CHERRY_PICKING}, sent only when ticked). Checked as the API checks them
	 * ({@link GoalManagement#replace}): a refusal names the goal and stores nothing.
	 */
	@PostMapping("/lab/goals")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	String save(@RequestParam long team, @RequestParam Map<String, String> form, Authentication user,
			RedirectAttributes flash) {
		TeamId teamId = new TeamId(team);
		try {
			teamChecks.requireForTeam(user, teamId, GoalsController.GOALS);
		}
		catch (ForbiddenException refused) {
			flash.addFlashAttribute("failure", "Not saved: " + refused.getMessage());
			return "redirect:/lab/goals?team=" + team;
		}
		List<GoalInput> inputs = new ArrayList<>();
		List<FieldProblem> unreadable = new ArrayList<>();
		for (Goal goal : goals.goals(teamId)) {
			String key = goal.behaviour().name();
			String threshold = form.getOrDefault("threshold." + key, "").strip();
			BigDecimal number = null;
			try {
				number = Inputs.parseDecimal(threshold);
			}
			catch (NumberFormatException notANumber) {
				unreadable.add(new FieldProblem(key, "the threshold must be a number, got '" + threshold + "'"));
			}
			inputs.add(new GoalInput(key, goal.indicator().name(), number, form.containsKey("enabled." + key)));
		}
		try {
			if (!unreadable.isEmpty()) {
				throw new InvalidInputException(unreadable);
			}
			goals.replace(teamId, inputs);
			flash.addFlashAttribute("notice", "The team's behaviour goals are saved.");
		}
		catch (InvalidInputException refused) {
			flash.addFlashAttribute("failure", "Not saved: " + refused.getMessage());
		}
		return "redirect:/lab/goals?team=" + team;
	}
}
