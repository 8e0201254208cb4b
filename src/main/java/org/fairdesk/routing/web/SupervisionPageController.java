package org.fairdesk.routing.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.people.Availability;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.RoutingAction;
import org.fairdesk.routing.RoutingSupervision;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's pages: the live view of the queue and the reps, refreshed by htmx every few seconds, where a
 * manager sets a rep's availability with a reason; and the routing log with its filters.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class SupervisionPageController {

	private final RoutingSupervision supervision;
	private final PeopleManagement people;
	private final TeamManagerChecks managers;

	SupervisionPageController(RoutingSupervision supervision, PeopleManagement people, TeamManagerChecks managers) {
		this.supervision = supervision;
		this.people = people;
		this.managers = managers;
	}

	@GetMapping("/routing/live")
	String live(@RequestParam(required = false) @Nullable Long team, Model model) {
		return panel(team, model, "routing/live");
	}

	/** The part of the live page htmx swaps in every few seconds. */
	@GetMapping("/routing/live/panel")
	String panel(@RequestParam(required = false) @Nullable Long team, Model model) {
		return panel(team, model, "routing/live :: panel");
	}

	@PostMapping("/routing/live/availability")
	String availability(@RequestParam long team, @RequestParam long rep,
			@RequestParam(required = false) @Nullable String availability,
			@RequestParam(required = false) @Nullable String reason, Authentication user, RedirectAttributes flash) {
		try {
			managers.require(user, new RepId(rep), "set its reps' availability");
			Rep changed = people.setAvailabilityByManager(new RepId(rep), availability, reason, user.getName());
			flash.addFlashAttribute("notice", changed.displayName() + " is " + changed.availability() + ".");
		}
		catch (InvalidInputException | ForbiddenException refused) {
			flash.addFlashAttribute("failure", "Not changed: " + refused.getMessage());
		}
		return "redirect:/routing/live?team=" + team;
	}

	@GetMapping("/routing/log")
	String log(@RequestParam(required = false) @Nullable Long team, @RequestParam(required = false) @Nullable String rep,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page, Model model, HttpServletResponse response) {
		Team current = team(team, model);
		if (current == null) {
			return "routing/log";
		}
		model.addAttribute("filter", Map.of("rep", text(rep), "action", text(action), "from", text(from), "to",
				text(to)));
		model.addAttribute("actions", RoutingAction.values());
		try {
			model.addAttribute("log", supervision.log(current.id(),
					LogQuery.read(people, current.id(), rep, action, from, to, page, null)));
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", refused.problems());
		}
		return "routing/log";
	}

	private String panel(@Nullable Long team, Model model, String view) {
		Team current = team(team, model);
		if (current != null) {
			model.addAttribute("live", supervision.live(current.id()));
			model.addAttribute("availabilities", Availability.values());
		}
		return view;
	}

	private @Nullable Team team(@Nullable Long team, Model model) {
		List<Team> teams = people.teams();
		model.addAttribute("teams", teams);
		if (teams.isEmpty()) {
			return null;
		}
		Team current = team == null ? teams.get(0) : people.team(new TeamId(team));
		model.addAttribute("team", current);
		List<Rep> reps = people.members(current.id());
		model.addAttribute("reps", reps);
		model.addAttribute("repNames", reps.stream().collect(Collectors.toMap(Rep::id, Rep::displayName)));
		model.addAttribute("format", new LiveFormat(current.zone()));
		return current;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
