package org.fairdesk.routing.web;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.RoutingLive;
import org.fairdesk.routing.RoutingLog;
import org.fairdesk.routing.RoutingSupervision;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor's live view and the routing log over the API (docs/api.md). */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class SupervisionController {

	private final RoutingSupervision supervision;
	private final PeopleManagement people;

	SupervisionController(RoutingSupervision supervision, PeopleManagement people) {
		this.supervision = supervision;
		this.people = people;
	}

	@GetMapping("/api/routing/live")
	RoutingLive live(@RequestParam long teamId) {
		return supervision.live(new TeamId(teamId));
	}

	@GetMapping("/api/routing/log")
	RoutingLog.LogPage log(@RequestParam long teamId, @RequestParam(required = false) @Nullable String rep,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		TeamId team = new TeamId(teamId);
		people.team(team);
		return supervision.log(team, LogQuery.read(people, team, rep, action, from, to, page, size));
	}
}
