package org.fairdesk.lab.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fairdesk.lab.Goal;
import org.fairdesk.lab.GoalInput;
import org.fairdesk.lab.GoalManagement;
import org.fairdesk.lab.GoalsStatus;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A team's behaviour goals and their status on a month (docs/lab.md); a rep sees only their own rows. */
@RestController
class GoalsController {

	/** What a team's manager list guards here, to finish "Only the managers of team X may …". */
	static final String GOALS = "set its behaviour goals";

	private final GoalManagement goals;
	private final PeopleManagement people;
	private final TeamManagerChecks teamChecks;
	private final Clock clock;

	GoalsController(GoalManagement goals, PeopleManagement people, TeamManagerChecks teamChecks, Clock clock) {
		this.goals = goals;
		this.people = people;
		this.teamChecks = teamChecks;
		this.clock = clock;
	}

	@GetMapping("/api/lab/goals")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	List<Goal> goals(@RequestParam long teamId) {
		return goals.goals(new TeamId(teamId));
	}

	@PutMapping("/api/lab/goals")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	List<Goal> replace(@RequestParam long teamId, @RequestBody GoalsBody body, Authentication user) {
		teamChecks.requireForTeam(user, new TeamId(teamId), GOALS);
		return goals.replace(new TeamId(teamId), body.goals());
	}

	@GetMapping("/api/lab/goals/status")
	GoalsStatus status(@RequestParam long teamId, @RequestParam(required = false) @Nullable String period,
			Authentication user, @CurrentRep Optional<Rep> me) {
		Team team = people.team(new TeamId(teamId));
		return visible(goals.status(team.id(), Inputs.month(period, team.thisMonth(clock), "period")), user, me);
	}

	/** Managers, finance and admins see every row; a rep only their own, and only in their own team. */
	static GoalsStatus visible(GoalsStatus status, Authentication user, Optional<Rep> me) {
		if (Role.any(user, Role.MANAGER, Role.ADMIN, Role.FINANCE)) {
			return status;
		}
		Rep rep = me.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " has no team"));
		if (!rep.teamId().equals(status.teamId())) {
			throw new ForbiddenException("A rep sees only their own team's goals");
		}
		return status.onlyFor(rep.id());
	}

	record GoalsBody(@Nullable List<GoalInput> goals) {
	}
}
